namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A statement from the literature (or our analysis of it) made executable: citation, statement, the Adam variant
/// it is about, hypotheses checked on every instance, and a check returning a <see cref="ClaimResult"/>.
/// xunit tests and the CLI run the same objects; they only choose budgets and seeds.
/// </summary>
public interface IClaim
{
    /// <summary>A stable identifier (kebab-case).</summary>
    string Id { get; }

    /// <summary>Where the claim comes from.</summary>
    Citation Citation { get; }

    /// <summary>The statement, with its constants.</summary>
    string Statement { get; }

    /// <summary>The hypotheses, as text (each instance is checked against them).</summary>
    string Hypotheses { get; }

    /// <summary>The Adam variant(s) the claim is about.</summary>
    string Variant { get; }

    /// <summary>The verdict the literature or our analysis predicts.</summary>
    Verdict ExpectedVerdict { get; }

    /// <summary>
    /// Faults planted in the system under test (the update, the construction, an oracle, the schedule), each of which
    /// must flip <see cref="ExpectedVerdict"/>; the catalogue test runs them all.
    /// </summary>
    IReadOnlyList<PlantedFault> PlantedFaults { get; }

    /// <summary>Checks the claim.</summary>
    ClaimResult Check(ClaimRunSettings settings);
}
