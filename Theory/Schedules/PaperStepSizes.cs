using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>The step sizes the papers prescribe, as formulas.</summary>
public static class PaperStepSizes
{
    /// <summary>δ = γ/ρ, the bound on ‖m_t/(√v_t+ρ)‖ used in arXiv 2309.08339 Thm 1 (δ² = γ²/ρ²).</summary>
    public static double Delta(double gamma, double rho)
    {
        OptionValidationException.RequirePositive("γ", gamma);
        OptionValidationException.RequirePositive("ρ", rho);
        return gamma / rho;
    }

    /// <summary>
    /// α* = √(2(L(w0) − L*)/(K·δ²·T)) with δ = γ/ρ (arXiv 2309.08339, Theorem 1).
    /// Valid range: L0 ≥ L*, K &gt; 0, γ &gt; 0, ρ &gt; 0, T ≥ 1.
    /// </summary>
    public static double AlphaStar(double initialLoss, double optimalLoss, double smoothnessK, double gamma, double rho, long horizon)
    {
        OptionValidationException.RequireFinite("L(w0)", initialLoss);
        OptionValidationException.RequireFinite("L*", optimalLoss);
        if (initialLoss < optimalLoss)
        {
            throw new OptionValidationException("L(w0)", $"L(w0) must be ≥ L*; got L(w0) = {OptionValidationException.Format(initialLoss)} < L* = {OptionValidationException.Format(optimalLoss)}.");
        }

        OptionValidationException.RequirePositive("K", smoothnessK);
        ScheduleGuard.Horizon(horizon);
        double delta = Delta(gamma, rho);
        return Math.Sqrt(2 * (initialLoss - optimalLoss) / (smoothnessK * delta * delta * horizon));
    }

    /// <summary>
    /// α_ours = √(2·L(w0)/(K̂·T)) (arXiv 2309.08339 §4.2): α* with δ = 1 and L* = 0, K replaced by the estimate K̂.
    /// Valid range: L(w0) ≥ 0, K̂ &gt; 0, T ≥ 1.
    /// </summary>
    public static double AlphaOurs(double initialLoss, double estimatedK, long horizon)
    {
        OptionValidationException.RequireNonNegative("L(w0)", initialLoss);
        OptionValidationException.RequirePositive("K̂", estimatedK);
        ScheduleGuard.Horizon(horizon);
        return Math.Sqrt(2 * initialLoss / (estimatedK * horizon));
    }
}
