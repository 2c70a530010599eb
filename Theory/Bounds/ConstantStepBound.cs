using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Bounds;

/// <summary>
/// The explicit bounds attached to arXiv 2309.08339 Theorem 1 (Algorithm 1: no bias correction, ρ outside the root,
/// α = √(2(L0−L*)/(Kδ²T)), δ = γ/ρ), as docs/claims.md#constant-step-bound-corrected records them:
/// <code>
/// as printed [SEC]:   min_{t≤T} ‖∇L(w_t)‖ ≤ (2Kδ²(L0−L*)/T)^{1/4}
/// corrected  [REC]:   min_{t≤T} ‖∇L(w_t)‖ ≤ √max(1, γ∞+ρ) · (2Kδ²(L0−L*)/T)^{1/4}     (proved for β1 = 0)
/// vacuous unless      T ≥ 2K(L0−L*)/(γ²ρ²)      (≈ 2K(L0−L*)·1e16/γ² at ρ = 1e-8)
/// monotone descent    for β1 = 0 and α ≤ 2ρ/K   (P1.2 [REC])
/// </code>
/// </summary>
public static class ConstantStepBound
{
    /// <summary>(2Kδ²(L0−L*)/T)^{1/4}, the bound as printed.</summary>
    public static double AsPrinted(double smoothnessK, double delta, double gap, long horizon)
    {
        Validate(smoothnessK, delta, gap, horizon);
        return Math.Pow(2 * smoothnessK * delta * delta * gap / horizon, 0.25);
    }

    /// <summary>√max(1, γ∞+ρ)·(2Kδ²(L0−L*)/T)^{1/4}, the corrected bound.</summary>
    public static double Corrected(double smoothnessK, double delta, double gap, long horizon, double coordinateGamma, double rho)
    {
        OptionValidationException.RequireNonNegative("γ∞", coordinateGamma);
        OptionValidationException.RequireNonNegative("ρ", rho);
        return Math.Sqrt(Math.Max(1, coordinateGamma + rho)) * AsPrinted(smoothnessK, delta, gap, horizon);
    }

    /// <summary>T* = 2K(L0−L*)/(γ²ρ²): the printed bound is below the trivial bound γ exactly when T ≥ T*.</summary>
    public static double InformativeHorizon(double smoothnessK, double gap, double gamma, double rho)
    {
        OptionValidationException.RequirePositive("K", smoothnessK);
        OptionValidationException.RequireNonNegative("L0 − L*", gap);
        OptionValidationException.RequirePositive("γ", gamma);
        OptionValidationException.RequirePositive("ρ", rho);
        return 2 * smoothnessK * gap / (gamma * gamma * rho * rho);
    }

    /// <summary>2ρ/K: for β1 = 0 any α ≤ 2ρ/K makes Algorithm 1 a descent method.</summary>
    public static double MonotoneStepLimit(double rho, double smoothnessK)
    {
        OptionValidationException.RequirePositive("ρ", rho);
        OptionValidationException.RequirePositive("K", smoothnessK);
        return 2 * rho / smoothnessK;
    }

    private static void Validate(double k, double delta, double gap, long horizon)
    {
        OptionValidationException.RequirePositive("K", k);
        OptionValidationException.RequirePositive("δ", delta);
        OptionValidationException.RequireNonNegative("L0 − L*", gap);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1L);
    }
}
