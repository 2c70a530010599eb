using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Claims;

/// <summary>
/// Everything that describes a claim, as data: what <c>adamv list</c>, <c>verify</c>, the report and the JSON read (they
/// never rebuild the catalogue to find it). Each claim type has exactly one definition; a claim run under a planted
/// fault carries the same definition with <see cref="Fault"/> naming the fault, so a faulted claim cannot describe
/// itself as the claim (<see cref="FaultedClaim"/>).
/// </summary>
/// <param name="Id">A stable identifier (kebab-case); the claim's section in docs/claims.md has the same name.</param>
/// <param name="Citation">Where the claim comes from, with its provenance tag.</param>
/// <param name="Statement">The statement, with its constants.</param>
/// <param name="Hypotheses">The hypotheses as text (each instance is checked against them in code).</param>
/// <param name="Variant">The Adam variant(s) the claim is about.</param>
/// <param name="ExpectedVerdict">The verdict the literature or our analysis predicts.</param>
/// <param name="Cases">Cases (instances, paths or replicates) per budget level.</param>
public sealed record ClaimDefinition(
    string Id,
    Citation Citation,
    string Statement,
    string Hypotheses,
    string Variant,
    Verdict ExpectedVerdict,
    CaseBudget Cases)
{
    /// <summary>
    /// The presets of the <see cref="AdamPresets"/> registry the claim runs, each as the base that <see cref="Variant"/>
    /// states its deviations from (empty for a claim that is not about an optimizer).
    /// </summary>
    public IReadOnlyList<AdamPreset> Presets { get; init; } = [];

    /// <summary>The planted fault the claim runs under (null for the claim itself).</summary>
    public string? Fault { get; init; }

    /// <summary>The kind of objective this claim's cases run on (a claim checked on networks has a second definition, id <c>ID@networks</c>).</summary>
    public ObjectiveKind Objectives { get; init; } = ObjectiveKind.Analytic;

    /// <summary>How the claim applies to network objectives, and why; every catalogue claim states it.</summary>
    public NetworkApplicability? Networks { get; init; }

    /// <summary>
    /// A qualifier every verdict of this claim carries (e.g. "under estimated K" when a constant the statement needs is
    /// only estimated on the claim's objectives); null when the verdict stands on its own. Shown in the table, the JSON
    /// and the report beside the verdict.
    /// </summary>
    public string? Qualifier { get; init; }

    /// <summary>The id of the claim this one runs on networks (<c>ID</c> for <c>ID@networks</c>; the id itself otherwise).</summary>
    public string BaseId => Id.EndsWith(NetworksSuffix, StringComparison.Ordinal) ? Id[..^NetworksSuffix.Length] : Id;

    /// <summary>The suffix of a network claim's id.</summary>
    public const string NetworksSuffix = "@networks";

    /// <summary>Value equality, with <see cref="Presets"/> compared element by element.</summary>
    public bool Equals(ClaimDefinition? other) =>
        other is not null
        && Id == other.Id
        && Citation == other.Citation
        && Statement == other.Statement
        && Hypotheses == other.Hypotheses
        && Variant == other.Variant
        && ExpectedVerdict == other.ExpectedVerdict
        && Cases == other.Cases
        && Fault == other.Fault
        && Objectives == other.Objectives
        && Networks == other.Networks
        && Qualifier == other.Qualifier
        && Presets.SequenceEqual(other.Presets);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Statement, Variant, ExpectedVerdict, Cases, Fault, Presets.Count);
}
