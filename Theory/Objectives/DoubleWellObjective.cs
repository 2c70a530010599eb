using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F4 DoubleWell (docs/claims.md#test-functions): f(x) = Σ_i s_i·ψ(x_i − c_i), ψ(u) = u²/2 − 2·log cosh u.
/// ∂_i f = s_i(u_i − 2 tanh u_i); ∇²f = diag(s_i(1 − 2 sech² u_i)).
/// K = max s_i (|ψ''| ≤ 1, attained at u = 0); L* = ψ(u*)·Σ s_i with u* = 2 tanh u* ≈ 1.9150080, ψ(u*) ≈ −0.6530478,
/// attained at c ± u*; ‖∇f‖ unbounded. Valid range: s_i &gt; 0.
/// </summary>
public sealed class DoubleWellObjective : IObjective, Specs.ISpecifiedObjective
{
    private readonly double[] _s;
    private readonly double[] _c;

    /// <summary>Creates F4.</summary>
    public DoubleWellObjective(double[] scales, double[] centre)
    {
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(centre);
        if (scales.Length != centre.Length || scales.Length == 0)
        {
            throw new ArgumentException("scales and centre must share the dimension d ≥ 1.");
        }

        foreach (double s in scales)
        {
            OptionValidationException.RequirePositive("scale s_i", s);
        }

        _s = (double[])scales.Clone();
        _c = (double[])centre.Clone();
        double uStar = WellMinimum;
        double[] minimiser = _c.Select(ci => ci + uStar).ToArray();
        Facts = new ObjectiveFacts(_s.Max(), true, (double[])_c.Clone(), Psi(uStar) * _s.Sum(), true, minimiser, null, false, null);
    }

    /// <summary>u* &gt; 0 with u* = 2·tanh u* (the minimiser of ψ), by Newton's method to machine precision.</summary>
    public static double WellMinimum { get; } = SolveWellMinimum();

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.DoubleWellSpec((double[])_s.Clone(), (double[])_c.Clone());

    /// <inheritdoc/>
    public string Name => $"F4 DoubleWell d={Dimension}";

    /// <inheritdoc/>
    public int Dimension => _c.Length;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <summary>ψ(u) = u²/2 − 2·log cosh u, with log cosh u = |u| + log1p(e^{−2|u|}) − log 2 (no overflow).</summary>
    public static double Psi(double u)
    {
        double a = Math.Abs(u);
        double logCosh = a + Math.Log(1 + Math.Exp(-2 * a)) - Math.Log(2);
        return (0.5 * u * u) - (2 * logCosh);
    }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        double f = 0;
        for (int i = 0; i < Dimension; i++)
        {
            f += _s[i] * Psi(x[i] - _c[i]);
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
            gradient[i] = _s[i] * (u - (2 * Math.Tanh(u)));
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        VectorMath.RequireLength(Dimension, v, "v");
        for (int i = 0; i < Dimension; i++)
        {
            double sech = 1 / Math.Cosh(x[i] - _c[i]);
            result[i] = _s[i] * (1 - (2 * sech * sech)) * v[i];
        }
    }

    private static double SolveWellMinimum()
    {
        double u = 2;
        for (int k = 0; k < 60; k++)
        {
            double sech = 1 / Math.Cosh(u);
            double step = (u - (2 * Math.Tanh(u))) / (1 - (2 * sech * sech));
            u -= step;
            if (Math.Abs(step) < 1e-16)
            {
                break;
            }
        }

        return u;
    }
}
