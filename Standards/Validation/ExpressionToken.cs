namespace Inspection.Standards.Validation;

/// <summary>One token of a catalog expression, with its offset in the expression text.</summary>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Offset)
{
    public bool Is(ExpressionTokenKind kind, string text) => Kind == kind && Text == text;
}
