namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// −f for an objective f, with negated value, gradient and Hessian-vector product (exact in floating point).
/// Used to check that maximising −f is the same run as minimising f. Its facts are unknown (−f is unbounded below
/// in general); K and γ carry over unchanged.
/// </summary>
public sealed class NegatedObjective : IObjective
{
    private readonly IObjective _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public NegatedObjective(IObjective inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        Facts = ObjectiveFacts.Unknown with
        {
            SmoothnessK = inner.Facts.SmoothnessK,
            GradientBound = inner.Facts.GradientBound,
            CoordinateGradientBound = inner.Facts.CoordinateGradientBound,
        };
    }

    /// <inheritdoc/>
    public string Name => $"−({_inner.Name})";

    /// <inheritdoc/>
    public int Dimension => _inner.Dimension;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x) => -_inner.Value(x);

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        _inner.Gradient(x, gradient);
        for (int i = 0; i < gradient.Length; i++)
        {
            gradient[i] = -gradient[i];
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        _inner.HessianVectorProduct(x, v, result);
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = -result[i];
        }
    }
}
