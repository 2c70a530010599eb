namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// A finite sum in the mean convention of docs/claims.md#test-functions: F(x) = (1/n)·Σ_{i&lt;n} F_i(x). The mean is the
/// objective itself; the components feed the stochastic oracles.
/// </summary>
public interface IFiniteSumObjective : IObjective
{
    /// <summary>The number of components n.</summary>
    int Count { get; }

    /// <summary>The variance constants (D0, D1), when known by construction; null otherwise.</summary>
    VarianceConstants? Variance { get; }

    /// <summary>F_i(x).</summary>
    double ComponentValue(int index, ReadOnlySpan<double> x);

    /// <summary>Writes ∇F_i(x) into <paramref name="gradient"/>.</summary>
    void ComponentGradient(int index, ReadOnlySpan<double> x, Span<double> gradient);
}
