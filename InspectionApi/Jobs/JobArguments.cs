using System.Text.Json;
using Hangfire;
using Hangfire.Common;

namespace Inspection.Api.Jobs;

/// <summary>Jobs take identifiers only: what they work on is loaded when they run, never carried in the job.</summary>
public static class JobArguments
{
    private static readonly HashSet<Type> Identifiers =
    [
        typeof(Guid), typeof(int), typeof(long), typeof(string), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset),
        typeof(CancellationToken), typeof(IJobCancellationToken),
    ];

    /// <summary>Refuses a job whose method takes anything but identifiers (and the cancellation token Hangfire passes).</summary>
    public static Job EnsureIdentifiersOnly(Job job)
    {
        var others = job.Method.GetParameters().Where(p => !IsIdentifier(p.ParameterType)).Select(p => $"{p.Name} ({p.ParameterType.Name})").ToList();
        return others.Count == 0
            ? job
            : throw new ArgumentException($"Job {Name(job)} takes more than identifiers: {string.Join(", ", others)}. Pass ids and load the rest when the job runs.", nameof(job));
    }

    /// <summary>The job, as <c>Class.Method</c>.</summary>
    public static string Name(Job job) => $"{job.Type.Name}.{job.Method.Name}";

    /// <summary>The identifiers a job was given, as JSON; the cancellation token Hangfire passes in is not one.</summary>
    public static string ToJson(Job job) =>
        JsonSerializer.Serialize(job.Args.Where(a => a is not (CancellationToken or IJobCancellationToken)));

    private static bool IsIdentifier(Type type) =>
        Identifiers.Contains(Nullable.GetUnderlyingType(type) ?? type) || (Nullable.GetUnderlyingType(type) ?? type).IsEnum;
}
