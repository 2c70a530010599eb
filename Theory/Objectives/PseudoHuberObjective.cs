namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F7 Pseudo-Huber (docs/claims.md#test-functions), convex: f(x) = Σ_i (√(1 + u_i²) − 1), u = x − c.
/// ∂_i f = u_i/√(1+u_i²); ∇²f = diag((1+u_i²)^{−3/2}). K = 1 (at c); L* = 0 at c;
/// γ = √d (the supremum, not attained); γ∞ = 1.
/// </summary>
public sealed class PseudoHuberObjective : IObjective, Specs.ISpecifiedObjective
{
    private readonly double[] _c;

    /// <summary>Creates F7 centred at <paramref name="centre"/>.</summary>
    public PseudoHuberObjective(double[] centre)
    {
        ArgumentNullException.ThrowIfNull(centre);
        if (centre.Length == 0)
        {
            throw new ArgumentException("the dimension d must be ≥ 1.", nameof(centre));
        }

        _c = (double[])centre.Clone();
        Facts = new ObjectiveFacts(1, true, (double[])_c.Clone(), 0, true, (double[])_c.Clone(), Math.Sqrt(_c.Length), true, 1);
    }

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.PseudoHuberSpec((double[])_c.Clone());

    /// <inheritdoc/>
    public string Name => $"F7 pseudo-Huber d={Dimension}";

    /// <inheritdoc/>
    public int Dimension => _c.Length;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        double f = 0;
        for (int i = 0; i < Dimension; i++)
        {
            double u = x[i] - _c[i];
            f += u * u / (Math.Sqrt(1 + (u * u)) + 1);
        }

        return f;
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        for (int i = 0; i < Dimension; i++)
        {
            double u = x[i] - _c[i];
            gradient[i] = u / Math.Sqrt(1 + (u * u));
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        VectorMath.RequireLength(Dimension, v, "v");
        for (int i = 0; i < Dimension; i++)
        {
            double u = x[i] - _c[i];
            result[i] = v[i] / Math.Pow(1 + (u * u), 1.5);
        }
    }
}
