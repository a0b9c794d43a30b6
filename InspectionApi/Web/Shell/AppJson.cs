using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Inspection.Web.Questionnaire;

namespace Inspection.Web.Shell;

/// <summary>
/// JSON contracts read on the way to a usable questionnaire, generated at build time: the WebAssembly interpreter
/// is slow to build them by reflection on first use (seconds on a tablet). Every other type is still read by
/// reflection through <see cref="Api.Json"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(QuestionnaireView))]
[JsonSerializable(typeof(InspectionView))]
[JsonSerializable(typeof(AnswersView))]
[JsonSerializable(typeof(CompletenessView))]
[JsonSerializable(typeof(List<AttachmentView>))]
internal sealed partial class AppJson : JsonSerializerContext
{
    /// <summary>The options every call to the API uses: the web's defaults, generated contracts first.</summary>
    public static JsonSerializerOptions ForTheApi() =>
        new(JsonSerializerDefaults.Web) { TypeInfoResolver = JsonTypeInfoResolver.Combine(Default, new DefaultJsonTypeInfoResolver()) };
}
