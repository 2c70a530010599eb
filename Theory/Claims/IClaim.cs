namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A statement from the literature (or our analysis of it) made executable: its <see cref="ClaimDefinition"/> (citation,
/// statement, variant, hypotheses, expected verdict, budgets), its planted faults, and a check returning a
/// <see cref="ClaimResult"/>. xunit tests and the CLI run the same objects; they only choose budgets and seeds.
/// </summary>
public interface IClaim
{
    /// <summary>The claim as data.</summary>
    ClaimDefinition Definition { get; }

    /// <summary>A stable identifier (kebab-case).</summary>
    string Id => Definition.Id;

    /// <summary>The verdict the literature or our analysis predicts.</summary>
    Verdict ExpectedVerdict => Definition.ExpectedVerdict;

    /// <summary>
    /// Faults planted in the system under test (the update, the construction, an oracle, the schedule), each of which
    /// must flip <see cref="ExpectedVerdict"/>; the catalogue test runs them all.
    /// </summary>
    IReadOnlyList<PlantedFault> PlantedFaults { get; }

    /// <summary>Checks the claim.</summary>
    ClaimResult Check(ClaimRunSettings settings);
}
