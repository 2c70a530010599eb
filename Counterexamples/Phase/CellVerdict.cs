namespace Adam.Verification.Counterexamples.Phase;

/// <summary>The class of a phase-map cell, decided by the sign of the drift with a 3-SE margin.</summary>
public enum CellVerdict
{
    /// <summary>D &gt; 3·SE: the iterate moves to the minimiser.</summary>
    Converge,

    /// <summary>D &lt; −3·SE: the iterate moves away (to +∞ for Zhang, to the worst point +1 for Reddi).</summary>
    Diverge,

    /// <summary>|D| ≤ 3·SE: nothing is asserted.</summary>
    Undecided,
}
