using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Bounds;

/// <summary>
/// The bound on Adam's sign-like magnitude u_t = |m_t|/(√v_t+ε) (arXiv 2507.05966, "Lemma B.2" via its summary
/// [SEC]; proof [REC] in docs/claims.md#sign-ratio-bound). With q = β1²/β2:
/// <code>
/// |m_t|/√v_t ≤ B_t = (1−β1)/√(1−β2) · √((1−q^t)/(1−q))    (q ≠ 1; √t at q = 1), for every gradient sequence,
/// B_t ↑ R = (1−β1)/(√(1−β2)·√(1−β1²/β2))                 when q &lt; 1 (β1² &lt; β2),
/// </code>
/// with or without bias correction (√((1−β2^t)(1−q^t)) ≤ 1−β1^t by AM–GM) and for ε ≥ 0 outside or inside the root.
/// </summary>
public static class SignRatioBound
{
    /// <summary>q = β1²/β2. Valid range: β1 ∈ [0,1), β2 ∈ (0,1).</summary>
    public static double Q(double beta1, double beta2)
    {
        OptionValidationException.RequireUnitInterval("β1", beta1);
        OptionValidationException.RequireUnitInterval("β2", beta2);
        if (beta2 == 0)
        {
            throw new OptionValidationException("β2", "β2 must be > 0 for q = β1²/β2.");
        }

        return beta1 * beta1 / beta2;
    }

    /// <summary>R = (1−β1)/(√(1−β2)·√(1−β1²/β2)). Valid only when β1² &lt; β2.</summary>
    /// <exception cref="OptionValidationException">β1² ≥ β2: u_t is unbounded there (docs/claims.md#sign-ratio-unbounded-without-hypothesis).</exception>
    public static double R(double beta1, double beta2)
    {
        double q = Q(beta1, beta2);
        if (q >= 1)
        {
            throw new OptionValidationException("β1", $"R exists only for β1² < β2; got β1² = {OptionValidationException.Format(beta1 * beta1)} ≥ β2 = {OptionValidationException.Format(beta2)}.");
        }

        return (1 - beta1) / (Math.Sqrt(1 - beta2) * Math.Sqrt(1 - q));
    }

    /// <summary>
    /// R extended to β1² &gt; β2 with an absolute value, (1−β1)/(√(1−β2)·√|1−β1²/β2|): the naive bound that
    /// the claim <c>sign-ratio-unbounded-without-hypothesis</c> refutes.
    /// </summary>
    public static double NaiveExtension(double beta1, double beta2)
    {
        double q = Q(beta1, beta2);
        return (1 - beta1) / (Math.Sqrt(1 - beta2) * Math.Sqrt(Math.Abs(1 - q)));
    }

    /// <summary>B_t, the exact supremum of |m_t|/√v_t over gradient sequences at step t (no bias correction).</summary>
    public static double AtStep(double beta1, double beta2, long t)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(t, 1L);
        double q = Q(beta1, beta2);
        double prefactor = (1 - beta1) / Math.Sqrt(1 - beta2);
        if (q == 1)
        {
            return prefactor * Math.Sqrt(t);
        }

        // (1 − q^t)/(1 − q) = Σ_{k<t} q^k, computed without cancellation for q near 1.
        double sum = -double.ExpM1(t * Math.Log(q)) / -double.ExpM1(Math.Log(q));
        return prefactor * Math.Sqrt(sum);
    }
}
