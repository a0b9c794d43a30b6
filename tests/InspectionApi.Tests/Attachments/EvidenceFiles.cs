using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Inspection.Api.Tests.Attachments;

/// <summary>
/// Files as a tablet would send them: the real magic bytes of each format followed by random bytes
/// (random, so that the bytes can be looked for afterwards and found in one place only).
/// </summary>
public static class EvidenceFiles
{
    public static byte[] Png(int size) => WithHead([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], size);

    public static byte[] Jpeg(int size) => WithHead([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01], size);

    public static byte[] Pdf(int size) => WithHead([.. "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8], size);

    public static byte[] WebP(int size) => WithHead([.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8], size);

    public static byte[] Of(string kind, int size) => kind switch
    {
        "png" => Png(size),
        "jpeg" => Jpeg(size),
        "pdf" => Pdf(size),
        "webp" => WebP(size),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such test file"),
    };

    /// <summary>The multipart form the upload endpoint reads: <c>file</c>, <c>questionCode</c> and optionally <c>residentCode</c>.</summary>
    public static MultipartFormDataContent Form(byte[]? bytes, string fileName, string? questionCode, string? residentCode = null, string declaredType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        if (bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
            form.Add(file, "file", fileName);
        }

        if (questionCode is not null)
        {
            form.Add(new StringContent(questionCode, Encoding.UTF8), "questionCode");
        }

        if (residentCode is not null)
        {
            form.Add(new StringContent(residentCode, Encoding.UTF8), "residentCode");
        }

        return form;
    }

    /// <summary>
    /// The same form, written by hand so that the file name can hold what <see cref="HttpClient"/> refuses
    /// to put in a header (NUL, line breaks): sent percent-encoded as <c>filename*</c> (RFC 5987).
    /// </summary>
    public static ByteArrayContent FormWithRawFileName(byte[] bytes, string fileName, string questionCode)
    {
        const string Boundary = "----evidence-boundary";
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"questionCode\"\r\n\r\n{questionCode}\r\n")
            .Append(CultureInfo.InvariantCulture, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}\r\n")
            .Append("Content-Type: application/octet-stream\r\n\r\n");
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes(text.ToString()));
        body.Write(bytes);
        body.Write(Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return content;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] WithHead(byte[] head, int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(Math.Max(size, head.Length));
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
