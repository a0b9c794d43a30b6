using Inspection.Standards.Model;

namespace Inspection.Reports.Components;

/// <summary>The fixed texts of the table by standard type, in Hebrew and English.</summary>
public static class StandardTypeLabels
{
    public static readonly LocalizedText Heading = new("ציונים לפי סוג תקן: מבנה, תהליך ותוצאה", "Scores by standard type: structure, process and outcome");
    public static readonly LocalizedText Explanation = new(
        "ציון כל סוג מחושב כמו הציון הכולל, על תקני הסוג בלבד. המשקל הוא חלקם של תקני הסוג בציון הכולל, והתרומה היא הנקודות שהם מקנים לו.",
        "Each type's score is computed as the overall score is, over that type's standards only. The weight is their part of the overall score, and the points are what they add to it.");

    public static readonly LocalizedText Type = new("סוג", "Type");
    public static readonly LocalizedText Standards = new("תקנים", "Standards");
    public static readonly LocalizedText Judged = new("נבחנו", "Judged");
    public static readonly LocalizedText Met = new("עומדים", "Met");
    public static readonly LocalizedText Score = new("ציון", "Score");
    public static readonly LocalizedText Share = new("משקל בציון הכולל", "Weight in the overall score");
    public static readonly LocalizedText Contribution = new("נקודות בציון הכולל", "Points of the overall score");
}
