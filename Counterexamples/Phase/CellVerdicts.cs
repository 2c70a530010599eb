using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>How a drift becomes a <see cref="CellVerdict"/>: by its sign, outside a 3-SE margin for estimates.</summary>
public static class CellVerdicts
{
    /// <summary>Converge when D̂ &gt; 3·SE, Diverge when D̂ &lt; −3·SE, else Undecided.</summary>
    public static CellVerdict FromEstimate(DriftEstimate drift)
    {
        ArgumentNullException.ThrowIfNull(drift);
        return FromSign(drift.DecidedSign(3));
    }

    /// <summary>The class of an exact drift (no margin: only D = 0 is Undecided).</summary>
    public static CellVerdict FromExact(double drift) => FromSign(Math.Sign(drift));

    /// <summary>The class a cell's recorded drift ± SE implies under its method (exact drifts without a margin).</summary>
    public static CellVerdict Implied(double drift, double standardError, string method) =>
        method == "exact 3-cycle" ? FromExact(drift) : FromEstimate(new DriftEstimate(drift, standardError, 0, 0));

    private static CellVerdict FromSign(int sign) => sign switch
    {
        1 => CellVerdict.Converge,
        -1 => CellVerdict.Diverge,
        _ => CellVerdict.Undecided,
    };
}
