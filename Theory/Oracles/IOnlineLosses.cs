namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// An online loss sequence f_1, f_2, … (Reddi et al. 2018 §2): step t sees ∇f_t(x_t); regret is
/// R_T = Σ_t f_t(x_t) − min_x Σ_t f_t(x).
/// </summary>
public interface IOnlineLosses
{
    /// <summary>The dimension d.</summary>
    int Dimension { get; }

    /// <summary>A short description.</summary>
    string Describe();

    /// <summary>f_t(x).</summary>
    double Loss(long t, ReadOnlySpan<double> x);

    /// <summary>Writes ∇f_t(x).</summary>
    void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient);
}
