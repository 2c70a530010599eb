namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// Constants of the variance condition V(x) = (1/n)·Σ_i ‖∇F_i(x) − ∇F(x)‖² ≤ D1·‖∇F(x)‖² + D0 (mean convention,
/// Zhang et al. 2022 A2 up to the conversion D1^Z = D1/n², D0^Z = D0).
/// </summary>
/// <param name="D0">The additive constant (D0 = 0 is the strong growth condition).</param>
/// <param name="D1">The multiplicative constant.</param>
/// <param name="IsEquality">True when V(x) = D1‖∇F(x)‖² + D0 holds with equality at every x.</param>
public sealed record VarianceConstants(double D0, double D1, bool IsEquality)
{
    /// <summary>D1 in Zhang et al.'s sum convention (f = Σ f_i): D1/n².</summary>
    public double ZhangD1(int count) => D1 / ((double)count * count);
}
