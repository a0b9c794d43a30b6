namespace Inspection.WebUi.Tests.TestData;

/// <summary>What an inspection prepared by <see cref="InspectionData"/> fails; everything else is answered as good practice.</summary>
internal enum Failing
{
    /// <summary>One sampled resident (<see cref="InspectionData.FailingResident"/>) whose every yes-no answer goes the wrong way.</summary>
    OneResident,

    /// <summary>Two institution standards of the care-home catalog: a registered nurse on every shift, a clean kitchen.</summary>
    TwoInstitutionStandards,
}
