using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F2 CauchySum (docs/claims.md#test-functions), non-convex: f(x) = Σ_i a_i·log(1 + u_i²), u_i = q_iᵀ(x−c)/s_i, Q orthonormal.
/// ∇f = Σ_i a_i·2u_i/((1+u_i²)s_i)·q_i; ∇²f·v = Σ_i a_i·2(1−u_i²)/((1+u_i²)²s_i²)·(q_iᵀv)·q_i.
/// K = max_i 2a_i/s_i² (exact, at c); L* = 0 at c; γ = √(Σ_i (a_i/s_i)²) (exact, attained at u_i = ±1);
/// γ∞ = min(γ, max_j Σ_i (a_i/s_i)·|Q_ji|). Valid range: a_i &gt; 0, s_i &gt; 0.
/// </summary>
public sealed class CauchySumObjective : IObjective, Specs.ISpecifiedObjective
{
    private readonly double[] _a;
    private readonly double[] _s;
    private readonly double[] _c;
    private readonly Rotation _q;

    /// <summary>Creates F2.</summary>
    public CauchySumObjective(double[] weights, double[] scales, Rotation rotation, double[] centre)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentNullException.ThrowIfNull(centre);
        int d = rotation.Dimension;
        if (weights.Length != d || scales.Length != d || centre.Length != d)
        {
            throw new ArgumentException("weights, scales, rotation and centre must share the dimension d.");
        }

        foreach (double a in weights)
        {
            OptionValidationException.RequirePositive("weight a_i", a);
        }

        foreach (double s in scales)
        {
            OptionValidationException.RequirePositive("scale s_i", s);
        }

        _a = (double[])weights.Clone();
        _s = (double[])scales.Clone();
        _c = (double[])centre.Clone();
        _q = rotation;
        double k = 0, gamma2 = 0;
        for (int i = 0; i < d; i++)
        {
            k = Math.Max(k, 2 * _a[i] / (_s[i] * _s[i]));
            gamma2 += (_a[i] / _s[i]) * (_a[i] / _s[i]);
        }

        double gamma = Math.Sqrt(gamma2), coord = 0;
        for (int j = 0; j < d; j++)
        {
            double row = 0;
            for (int i = 0; i < d; i++)
            {
                row += _a[i] / _s[i] * Math.Abs(_q[j, i]);
            }

            coord = Math.Max(coord, row);
        }

        Facts = new ObjectiveFacts(k, true, (double[])_c.Clone(), 0, true, (double[])_c.Clone(), gamma, true, Math.Min(gamma, coord));
    }

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.CauchySumSpec((double[])_a.Clone(), (double[])_s.Clone(), (double[])_c.Clone(), Specs.RotationRows.Of(_q));

    /// <inheritdoc/>
    public string Name => $"F2 CauchySum d={Dimension}";

    /// <inheritdoc/>
    public int Dimension => _c.Length;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <summary>A point where ‖∇f‖ = γ: x = c + Σ_i s_i·q_i (every u_i = 1).</summary>
    public double[] GradientBoundWitness()
    {
        var x = (double[])_c.Clone();
        for (int i = 0; i < Dimension; i++)
        {
            _q.AddColumn(i, _s[i], x);
        }

        return x;
    }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        Span<double> u = Dimension <= 256 ? stackalloc double[Dimension] : new double[Dimension];
        Coordinates(x, u);
        double f = 0;
        for (int i = 0; i < Dimension; i++)
        {
            f += _a[i] * Math.Log(1 + (u[i] * u[i]));
        }

        return f;
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        Span<double> u = Dimension <= 256 ? stackalloc double[Dimension] : new double[Dimension];
        Coordinates(x, u);
        gradient.Clear();
        for (int i = 0; i < Dimension; i++)
        {
            double ui = u[i];
            _q.AddColumn(i, _a[i] * 2 * ui / ((1 + (ui * ui)) * _s[i]), gradient);
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        VectorMath.RequireLength(Dimension, v, "v");
        Span<double> u = Dimension <= 256 ? stackalloc double[Dimension] : new double[Dimension];
        Coordinates(x, u);
        result.Clear();
        for (int i = 0; i < Dimension; i++)
        {
            double u2 = u[i] * u[i], p = 1 + u2;
            double curvature = _a[i] * 2 * (1 - u2) / (p * p * _s[i] * _s[i]);
            _q.AddColumn(i, curvature * _q.ColumnDot(i, v), result);
        }
    }

    private void Coordinates(ReadOnlySpan<double> x, Span<double> u)
    {
        Span<double> shifted = Dimension <= 256 ? stackalloc double[Dimension] : new double[Dimension];
        for (int j = 0; j < Dimension; j++)
        {
            shifted[j] = x[j] - _c[j];
        }

        for (int i = 0; i < Dimension; i++)
        {
            u[i] = _q.ColumnDot(i, shifted) / _s[i];
        }
    }
}
