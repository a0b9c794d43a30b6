namespace Inspection.Standards.Model;

/// <summary>The kind of answer a question takes.</summary>
public enum QuestionType
{
    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A number, optionally within a range.</summary>
    Number,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One of a fixed list of options.</summary>
    Choice,

    /// <summary>Any number of a fixed list of options.</summary>
    MultiChoice,

    /// <summary>A whole number on a bounded scale.</summary>
    Scale,

    /// <summary>Free text, never judged by a rule beyond its presence.</summary>
    Text,
}
