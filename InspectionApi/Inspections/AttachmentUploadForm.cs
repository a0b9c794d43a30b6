using System.ComponentModel;

namespace Inspection.Api.Inspections;

/// <summary>
/// The form fields of an attachment upload, as the OpenAPI document describes them (the handler reads
/// the form itself, so that who may upload is settled before the body is read).
/// </summary>
/// <param name="File">The photo or document: JPEG, PNG, WebP or PDF, recognised by its content (not its name).</param>
/// <param name="QuestionCode">The code of the question the evidence belongs to.</param>
/// <param name="ResidentCode">For a resident question, the sampled resident's pseudonymous code.</param>
public sealed record AttachmentUploadForm(
    [property: Description("The photo or document: JPEG, PNG, WebP or PDF, recognised by its content (not its name).")] IFormFile File,
    [property: Description("The code of the question the evidence belongs to.")] string QuestionCode,
    [property: Description("For a resident question, the sampled resident's pseudonymous code.")] string? ResidentCode);
