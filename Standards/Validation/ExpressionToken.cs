namespace Inspection.Standards.Validation;

/// <summary>Kinds of token in a catalog expression.</summary>
internal enum ExpressionTokenKind
{
    /// <summary>No token: what lies before the first token or after the last (the default).</summary>
    None,

    Identifier,
    Number,
    Text,
    Operator,
    Dot,
    Comma,
    OpenParen,
    CloseParen,
}

/// <summary>One token of a catalog expression, with its offset in the expression text.</summary>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Offset)
{
    public bool Is(ExpressionTokenKind kind, string text) => Kind == kind && Text == text;
}
