using Inspection.Api.Access;

namespace Inspection.Api.Comparison;

/// <summary>
/// Who reads a headquarters figure, and so what it may show. Analysts and administrators see every
/// facility by name. A supervisor sees the facilities of their district (only those rows, and the
/// summaries made of them). A provider sees its own facilities by name against anonymised peers:
/// their figures without name, district, operator or inspection. National figures are made of every
/// result in scope whoever reads them; they name no facility.
/// </summary>
public sealed record Audience(Role Role, string? District, Guid? OperatorId)
{
    public static Audience Of(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new Audience(user.Role ?? throw new InvalidOperationException("the signed-in user has no role"), user.District, user.OperatorId);
    }

    /// <summary>Whether the reader may see figures across facilities at all (catalog authors may not).</summary>
    public bool MayCompare => Role is Role.Administrator or Role.Analyst or Role.Supervisor or Role.Provider;

    /// <summary>Whether the reader may see this facility by name, with its inspections.</summary>
    public bool Names(string district, Guid operatorId) => Role switch
    {
        Role.Administrator or Role.Analyst => true,
        Role.Supervisor => district == District,
        Role.Provider => operatorId == OperatorId,
        _ => false,
    };

    /// <summary>Whether facilities the reader may not name are shown anonymised (providers) or left out (supervisors).</summary>
    public bool SeesAnonymisedPeers => Role == Role.Provider;

    /// <summary>Whether district summaries are shown (not to providers: a district of few facilities would name them).</summary>
    public bool SeesDistricts => Role != Role.Provider;
}
