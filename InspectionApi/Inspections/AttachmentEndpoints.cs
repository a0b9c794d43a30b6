using System.Security.Cryptography;
using AutoMapper;
using Inspection.Api.Access;
using Inspection.Api.Data;
using Inspection.Api.Hosting;
using Inspection.Api.Hosting.ApiDocument;
using Inspection.Api.RuleSets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Api.Inspections;

/// <summary>
/// Evidence attachments on answers: photos and documents, size-limited, checked by their content
/// (not their name or declared type), stored outside the database and streamed back only to those
/// who may see the inspection.
/// </summary>
public static class AttachmentEndpoints
{
    public static void MapAttachments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections/{id:guid}/attachments").WithTags("Attachments").RequireAuthorization();
        group.MapGet("/", List).WithName("ListAttachments").WithSummary("List an inspection's attachments")
            .WithDescription("Evidence attached to the inspection's answers, oldest first.").ProducesProblem(404);
        group.MapPost("/", Upload).WithName("UploadAttachment").WithSummary("Attach evidence")
            .WithDescription("A photo or document for one question (and resident), sent as multipart/form-data. The file is checked by its content, not its name; "
                + "while answers are collected only; limited in size per file and per inspection.")
            .WithFormFields<AttachmentUploadForm>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).DisableAntiforgery();
        group.MapGet("/{attachmentId:guid}", Download).WithName("DownloadAttachment").WithSummary("Download an attachment")
            .WithDescription("The file as uploaded, to those who may see the inspection.").Produces(200, contentType: "application/octet-stream").ProducesProblem(404);
    }

    public static async Task<Results<Ok<List<AttachmentDto>>, ProblemHttpResult>> List(Guid id, InspectionDbContext db, AccessPolicy access, IMapper mapper, CancellationToken cancellationToken)
    {
        if (await access.Inspections(db.Inspections).SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is null)
        {
            return Problems.NotFound("The inspection");
        }

        var attachments = await db.Attachments.Where(a => a.InspectionId == id).AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(attachments.OrderBy(a => a.UploadedAt).Select(mapper.Map<AttachmentDto>).ToList());
    }

    public static async Task<Results<Created<AttachmentDto>, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, InspectionDbContext db, AccessPolicy access, RuleSetLibrary library, AttachmentStore store,
        IOptions<InspectionOptions> options, IMapper mapper, TimeProvider clock, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxAttachmentBytes;
        if (request.ContentLength > limit + (64 * 1024))
        {
            return Problems.TooLarge("The attachment is too large", "Attachments", limit);
        }

        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "send the attachment as multipart/form-data with 'file', 'questionCode' and optionally 'residentCode'");
        }

        // Who may upload is settled before the body is read, so nobody else can make the server buffer it.
        var inspection = await access.Inspections(db.Inspections.Include(i => i.Facility).Include(i => i.RuleSetVersion).Include(i => i.Residents)).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null)
        {
            return Problems.NotFound("The inspection");
        }

        if (inspection.CheckAnswering(access.User.Role ?? Role.Analyst, inspection.AnswersVersion) is { Reason: Lifecycle.RefusalReason.NotAllowed })
        {
            return Problems.Forbidden("Only those who answer this inspection attach evidence to it.");
        }

        // Evidence belongs with the answers: once they are frozen for evaluation, so is the evidence.
        if (!inspection.AcceptsAnswers)
        {
            return Problems.Conflict($"evidence is attached while the answers are being collected; the inspection is {inspection.Status}");
        }

        var form = await FormReader.ReadAsync(request, cancellationToken);
        var file = form.Files.GetFile("file");
        var questionCode = form["questionCode"].FirstOrDefault();
        var residentCode = form["residentCode"].FirstOrDefault() is { Length: > 0 } code ? code : null;

        var errors = new Dictionary<string, string[]>();
        if (file is null || file.Length == 0)
        {
            errors["file"] = ["attach a file"];
        }
        else if (file.Length > limit)
        {
            return Problems.TooLarge("The attachment is too large", "Attachments", limit);
        }
        else if (Path.GetFileName(file.FileName) is var name && PlainText.Problem(name) is { } problem)
        {
            errors["file"] = [$"the file name {problem}"];
        }
        else if (name.Length > 260)
        {
            errors["file"] = ["the file name is longer than 260 characters"];
        }

        var (ruleSet, _) = library.Get(inspection.RuleSetVersion!);
        var question = ruleSet.Questions.FirstOrDefault(q => q.Code == questionCode);
        if (question is null)
        {
            errors["questionCode"] = ["name the question the evidence belongs to"];
        }
        else if (question.Unit == Standards.Model.Level.Resident && (residentCode is null || inspection.Residents.All(r => r.Code != residentCode)))
        {
            errors["residentCode"] = ["evidence for a resident question names one of the inspection's sampled residents"];
        }
        else if (question.Unit == Standards.Model.Level.Institution && residentCode is not null)
        {
            errors["residentCode"] = ["evidence for an institution question names no resident"];
        }

        string? contentType = null;
        if (file is { Length: > 0 })
        {
            var head = new byte[16];
            await using (var peek = file.OpenReadStream())
            {
                var read = await peek.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
                contentType = AttachmentStore.Sniff(head.AsSpan(0, read));
            }

            if (contentType is null)
            {
                errors["file"] = ["only photos (JPEG, PNG, WebP) and PDF documents are accepted; the file's content is neither"];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (await QuotaProblemAsync(db, id, file!.Length, options.Value, cancellationToken) is { } full)
        {
            return full;
        }

        await using var content = file!.OpenReadStream();
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        var attachment = new EvidenceAttachment(id, questionCode!, residentCode, Path.GetFileName(file.FileName), contentType!, file.Length, sha,
            access.User.Id ?? Guid.Empty, clock.GetUtcNow().UtcDateTime);
        await store.SaveAsync(id, attachment.Id, content, cancellationToken);
        db.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // No row, no file: an attachment is either wholly stored or not at all.
            store.Delete(id, attachment.Id);
            throw;
        }
        return TypedResults.Created($"/api/inspections/{id}/attachments/{attachment.Id}", mapper.Map<AttachmentDto>(attachment));
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid attachmentId, InspectionDbContext db, AccessPolicy access, AttachmentStore store, CancellationToken cancellationToken)
    {
        if (await access.Inspections(db.Inspections).SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is null)
        {
            return Problems.NotFound("The inspection");
        }

        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.InspectionId == id, cancellationToken);
        if (attachment is null)
        {
            return Problems.NotFound("The attachment");
        }

        return store.Exists(id, attachmentId)
            ? TypedResults.Stream(store.Open(id, attachmentId), attachment.ContentType, AttachmentStore.DownloadName(attachment.FileName, attachment.ContentType))
            : TypedResults.Problem(statusCode: 404, title: "Not found", detail: "The attachment is recorded but its file is missing from the attachment store.");
    }

    /// <summary>The 409 for an upload that would take the inspection over its quota (files or bytes); null when it fits.</summary>
    private static async Task<ProblemHttpResult?> QuotaProblemAsync(InspectionDbContext db, Guid id, long size, InspectionOptions options, CancellationToken cancellationToken)
    {
        var attachments = db.Attachments.Where(a => a.InspectionId == id);
        var count = await attachments.CountAsync(cancellationToken);
        var bytes = await attachments.SumAsync(a => a.Size, cancellationToken);
        if (count + 1 > options.MaxAttachmentsPerInspection)
        {
            return Problems.Conflict($"an inspection holds at most {options.MaxAttachmentsPerInspection} attachments, and this one is full",
                new Dictionary<string, object?> { ["attachments"] = count, ["limit"] = options.MaxAttachmentsPerInspection });
        }

        if (bytes + size > options.MaxAttachmentBytesPerInspection)
        {
            return Problems.Conflict(
                $"an inspection holds at most {Problems.Size(options.MaxAttachmentBytesPerInspection)} of attachments; this one holds {Problems.Size(bytes)} and the file would take it over",
                new Dictionary<string, object?> { ["storedBytes"] = bytes, ["limitBytes"] = options.MaxAttachmentBytesPerInspection });
        }

        return null;
    }
}
