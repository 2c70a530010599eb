namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// A deliberately wrong Adam, as data: the preset it claims to implement and the effects planted on that preset's
/// literal update (<see cref="MutantAdam"/>). The same effects can be planted on any preset (the diagnosis does so).
/// </summary>
/// <param name="Id">A stable kebab-case name.</param>
/// <param name="Description">What is wrong, in a few words ("v not bias-corrected").</param>
/// <param name="Preset">The preset it claims to be.</param>
/// <param name="Effects">The planted effects, applied in order.</param>
public sealed record Mutant(string Id, string Description, string Preset, IReadOnlyList<MutantEffect> Effects)
{
    /// <summary>
    /// Why no finite trace of practical length can show the fault (null when one can): a mutant that accepts a NaN
    /// gradient differs only on inputs a trace cannot hold, and a float32 counter only after 2^24 steps. Such a mutant
    /// is killed by a property test instead of a battery.
    /// </summary>
    public string? UnobservableInTraces { get; init; }

    /// <summary>Whether every planted effect is the identity on traces: the catalogue requires some effect.</summary>
    public bool IsEmpty => Effects.Count == 0;

    /// <summary>Value equality with <see cref="Effects"/> compared element by element.</summary>
    public bool Equals(Mutant? other) =>
        other is not null && Id == other.Id && Description == other.Description && Preset == other.Preset
        && UnobservableInTraces == other.UnobservableInTraces && Effects.SequenceEqual(other.Effects);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Preset, Effects.Count);
}
