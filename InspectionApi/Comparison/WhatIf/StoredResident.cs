namespace Inspection.Api.Comparison.WhatIf;

/// <summary>A sampled resident as stored: pseudonymous code, tracers, and answers as JSON values.</summary>
public sealed record StoredResident(string Code, IReadOnlyList<string> Tracers, PackedAnswers Answers);
