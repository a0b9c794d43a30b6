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
