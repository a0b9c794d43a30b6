using Inspection.Engine.Strengths;
using Inspection.Standards.Model;

namespace Inspection.Reports.Components;

/// <summary>The fixed texts of the strengths (learning from success), in Hebrew and English.</summary>
public static class StrengthLabels
{
    public static readonly LocalizedText Strengths = new("חוזקות", "Strengths");
    public static readonly LocalizedText StrengthsIntro = new(
        "הצלחות שהביקור מצא, כדי שאפשר יהיה לחזור עליהן: ליקויים מהביקור הקודם שתוקנו, שיעורי עמידה גבוהים בהרבה מהרף, ותחומים שהשתפרו.",
        "Successes this inspection found, so that they can be repeated: deficiencies of the previous inspection now corrected, rates far above the bar, and domains that improved.");
    public static readonly LocalizedText NoStrengths = new("הביקור לא מצא חוזקות מיוחדות.", "The inspection names no particular strength.");
    public static readonly LocalizedText WhatWorked = new("מה עבד", "What worked");
    public static readonly LocalizedText WhatWorkedIntro = new(
        "לכל חוזקה: מה עשה נותן השירות כדי להשיג אותה, בלשונו, כדי שההצלחה תחזור.",
        "For each strength: what the provider did to achieve it, in their own words, so that the success can be repeated.");
    public static readonly LocalizedText PracticeNotRecorded = new("נותן השירות טרם תיעד מה עשה.", "The provider has not yet recorded what they did.");
    public static readonly LocalizedText WhatWasDone = new("מה נעשה", "What was done");
    public static readonly LocalizedText Residents = new("מהדיירים", "of residents");
    public static readonly LocalizedText Bar = new("הרף", "bar");
    public static readonly LocalizedText DomainScore = new("ציון התחום", "Domain score");

    public static LocalizedText For(StrengthKind kind) => kind switch
    {
        StrengthKind.DeficiencyResolved => new("ליקוי מהביקור הקודם תוקן", "Previous deficiency corrected"),
        StrengthKind.RateAboveBar => new("עמידה גבוהה בהרבה מהרף", "Far above the bar"),
        _ => new("תחום שהשתפר", "Domain improved"),
    };
}
