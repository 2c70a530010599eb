namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// f(w) + (λ/2)·‖w‖² for an objective f and λ ≥ 0: ∇ = ∇f + λw, ∇²·v = ∇²f·v + λv. Known constants carry over where
/// they stay valid: K + λ is an upper bound when f has smoothness K (‖∇²f + λI‖ ≤ K + λ); f's lower bound L* stays a
/// lower bound (the penalty is ≥ 0), no longer attained; gradient bounds are lost (the penalty's gradient is unbounded).
/// </summary>
public sealed class L2RegularisedObjective : IObjective
{
    private readonly IObjective _inner;

    /// <summary>Adds (λ/2)‖w‖² to <paramref name="inner"/>.</summary>
    public L2RegularisedObjective(IObjective inner, double lambda)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!(lambda >= 0) || !double.IsFinite(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "the L2 weight λ must be a finite number ≥ 0.");
        }

        _inner = inner;
        Lambda = lambda;
        ObjectiveFacts f = inner.Facts;
        Facts = new ObjectiveFacts(f.SmoothnessK + lambda, false, null, f.OptimalValue, false, null, null, false, null);
    }

    /// <summary>λ.</summary>
    public double Lambda { get; }

    /// <inheritdoc/>
    public string Name => FormattableString.Invariant($"{_inner.Name} + ({Lambda:G3}/2)‖w‖²");

    /// <inheritdoc/>
    public int Dimension => _inner.Dimension;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        double squares = 0;
        foreach (double xi in x)
        {
            squares += xi * xi;
        }

        return _inner.Value(x) + (0.5 * Lambda * squares);
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        _inner.Gradient(x, gradient);
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] += Lambda * x[i];
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        _inner.HessianVectorProduct(x, v, result);
        for (int i = 0; i < result.Length; i++)
        {
            result[i] += Lambda * v[i];
        }
    }
}
