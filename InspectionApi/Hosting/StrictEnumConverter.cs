using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inspection.Api.Hosting;

/// <summary>
/// Every enumeration in JSON, registered once for the whole API: written by name, read only by a name
/// <see cref="EnumNames"/> accepts. A number, a combination or an unknown name is refused with the
/// allowed names (<see cref="EnumNameException"/>), which the exception handler turns into a 400.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumNames.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new EnumNameException(EnumNames.Expected(typeof(T)));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
