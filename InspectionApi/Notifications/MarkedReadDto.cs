namespace Inspection.Api.Notifications;

/// <summary>How many notifications were marked read.</summary>
public sealed record MarkedReadDto(int Marked);
