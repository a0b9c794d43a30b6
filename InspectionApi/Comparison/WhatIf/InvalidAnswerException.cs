namespace Inspection.Api.Comparison.WhatIf;

/// <summary>A stored answer the draft's question cannot read (for example a choice the draft no longer offers).</summary>
internal sealed class InvalidAnswerException(string message, Exception inner) : Exception(message, inner);
