using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F5 Rastrigin-like (docs/claims.md#test-functions): f(x) = Σ_i [a·log(1 + u_i²) + b·(1 − cos ωu_i)], u = x − c.
/// ∂_i f = a·2u_i/(1+u_i²) + bω·sin ωu_i; ∇²f = diag(2a(1−u_i²)/(1+u_i²)² + bω²·cos ωu_i).
/// K = 2a + bω² (exact, at c); L* = 0 at c; γ∞ ≤ a + bω; γ ≤ √d·(a + bω). Valid range: a &gt; 0, b ≥ 0, ω &gt; 0.
/// </summary>
public sealed class RastriginLikeObjective : IObjective, Specs.ISpecifiedObjective
{
    private readonly double[] _c;

    /// <summary>Creates F5.</summary>
    public RastriginLikeObjective(double a, double b, double omega, double[] centre)
    {
        ArgumentNullException.ThrowIfNull(centre);
        OptionValidationException.RequirePositive("a", a);
        OptionValidationException.RequireNonNegative("b", b);
        OptionValidationException.RequirePositive("ω", omega);
        A = a;
        B = b;
        Omega = omega;
        _c = (double[])centre.Clone();
        double coord = a + (b * omega);
        Facts = new ObjectiveFacts((2 * a) + (b * omega * omega), true, (double[])_c.Clone(), 0, true, (double[])_c.Clone(), Math.Sqrt(_c.Length) * coord, false, coord);
    }

    /// <summary>a.</summary>
    public double A { get; }

    /// <summary>b.</summary>
    public double B { get; }

    /// <summary>ω.</summary>
    public double Omega { get; }

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.RastriginLikeSpec(A, B, Omega, (double[])_c.Clone());

    /// <inheritdoc/>
    public string Name => $"F5 Rastrigin-like d={Dimension} a={A:G4} b={B:G4} ω={Omega:G4}";

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
            double half = Math.Sin(0.5 * Omega * u); // 1 − cos ωu = 2·sin²(ωu/2), without cancellation for small ωu
            f += (A * Math.Log(1 + (u * u))) + (B * 2 * half * half);
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
            gradient[i] = (A * 2 * u / (1 + (u * u))) + (B * Omega * Math.Sin(Omega * u));
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        VectorMath.RequireLength(Dimension, v, "v");
        for (int i = 0; i < Dimension; i++)
        {
            double u = x[i] - _c[i], p = 1 + (u * u);
            result[i] = ((2 * A * (1 - (u * u)) / (p * p)) + (B * Omega * Omega * Math.Cos(Omega * u))) * v[i];
        }
    }
}
