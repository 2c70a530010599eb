namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>Which coordinates a <see cref="Effects.FormulaFlaw"/> applies to.</summary>
public enum CoordinateScope
{
    /// <summary>Every coordinate.</summary>
    All,

    /// <summary>Coordinates in full vector blocks of the flaw's lane count (i &lt; lanes·⌊d/lanes⌋): a bug in the vectorised loop.</summary>
    FullVectorBlocks,

    /// <summary>Coordinates after the last full vector block (the scalar tail loop).</summary>
    Tail,

    /// <summary>Every coordinate, but only when the weight decay λ is 0 (a "fast path").</summary>
    WhenNoWeightDecay,
}
