namespace Inspection.Api.Hosting;

/// <summary>
/// Reads a form body (multipart or URL-encoded). A body that is not a well-formed form (no boundary,
/// cut short, more fields than allowed) is the client's mistake: it becomes a 400 (a part over the
/// size limit a 413) through the exception handler, never a 500. A full disk while buffering the
/// upload stays what it is (a 507).
/// </summary>
public static class FormReader
{
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException malformed)
        {
            var tooLarge = malformed.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal);
            throw new BadHttpRequestException($"The form cannot be read: {malformed.Message}",
                tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, malformed);
        }
        catch (IOException cut) when (cut is not BadHttpRequestException && !DiskFull.Is(cut) && !cancellationToken.IsCancellationRequested)
        {
            throw new BadHttpRequestException($"The form cannot be read: it ended before it was complete ({cut.Message})", StatusCodes.Status400BadRequest, cut);
        }
    }
}
