namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// A finite sum over the separable F7 pseudo-Huber function whose components are not multiples of one function:
/// F_j(x) = Σ_i a_{j,i}·φ̃(x_i − c_i), φ̃(u) = √(1 + u²) − 1, with weights a_{j,i} &gt; 0 of mean 1 over j for every
/// coordinate i. Then (1/n)Σ_j F_j = F exactly, ∂_i F_j = a_{j,i}·∂_i F has the sign of ∂_i F (coordinate-wise sign
/// agreement, arXiv 2309.08339 Theorem 2 (b)), and the F_j differ in shape, not only in scale, whenever the weights of
/// one component differ across coordinates. The facts (K = 1, L* = 0 at c, γ = √d, γ∞ = 1) are F's; every sampled
/// gradient is bounded by max a·γ (and max a·γ∞ per coordinate). V(x) = Σ_i Var_j(a_{j,i})·(∂_i F)² ≤ D1·‖∇F‖² with
/// D1 = max_i Var_j(a_{j,i}) and D0 = 0 (an inequality).
/// </summary>
public sealed class WeightedPseudoHuberSum : IFiniteSumObjective
{
    private readonly PseudoHuberObjective _base;
    private readonly double[] _c;
    private readonly double[][] _a;

    /// <summary>Creates the sum over F7 centred at <paramref name="centre"/> with weights a[j][i] (each coordinate's mean 1, to 1e-10).</summary>
    public WeightedPseudoHuberSum(double[] centre, double[][] weights)
    {
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentNullException.ThrowIfNull(weights);
        int d = centre.Length;
        if (weights.Length < 1 || weights.Any(w => w is null || w.Length != d || w.Any(v => !(v > 0) || !double.IsFinite(v))))
        {
            throw new ArgumentException("need n ≥ 1 weight vectors of length d with finite positive entries.", nameof(weights));
        }

        for (int i = 0; i < d; i++)
        {
            double mean = weights.Average(w => w[i]);
            if (Math.Abs(mean - 1) > 1e-10)
            {
                throw new ArgumentException($"the weights of coordinate {i} must have mean 1; got {mean:R}.", nameof(weights));
            }
        }

        _base = new PseudoHuberObjective(centre);
        _c = (double[])centre.Clone();
        _a = [.. weights.Select(w => (double[])w.Clone())];
        double d1 = Enumerable.Range(0, d).Max(i => _a.Average(w => (w[i] - 1) * (w[i] - 1)));
        Variance = new VarianceConstants(0, d1, IsEquality: false);
    }

    /// <summary>Draws n components over F7 at <paramref name="centre"/>: a_{j,i} ~ Exp(1), each coordinate rescaled to mean 1.</summary>
    public static WeightedPseudoHuberSum Draw(double[] centre, int count, Randomness.SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        double[][] a = [.. Enumerable.Range(0, count).Select(_ => centre.Select(_ => -Math.Log(1 - random.NextDouble())).ToArray())];
        for (int i = 0; i < centre.Length; i++)
        {
            double mean = a.Average(w => w[i]);
            foreach (double[] w in a)
            {
                w[i] /= mean;
            }
        }

        return new WeightedPseudoHuberSum(centre, a);
    }

    /// <summary>The weights a_{j,i}, one row per component (copies).</summary>
    public double[][] WeightRows() => [.. _a.Select(w => (double[])w.Clone())];

    /// <summary>The largest weight: every sampled gradient is within this factor of F's bounds.</summary>
    public double MaxWeight => _a.Max(w => w.Max());

    /// <inheritdoc/>
    public string Name => $"F7 pseudo-Huber d={Dimension}, coordinate-weighted sum n = {Count}";

    /// <inheritdoc/>
    public int Dimension => _c.Length;

    /// <inheritdoc/>
    public ObjectiveFacts Facts => _base.Facts;

    /// <inheritdoc/>
    public int Count => _a.Length;

    /// <inheritdoc/>
    public VarianceConstants? Variance { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x) => _base.Value(x);

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient) => _base.Gradient(x, gradient);

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => _base.HessianVectorProduct(x, v, result);

    /// <inheritdoc/>
    public double ComponentValue(int index, ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        double[] a = _a[index];
        double f = 0;
        for (int i = 0; i < Dimension; i++)
        {
            double u = x[i] - _c[i];
            f += a[i] * u * u / (Math.Sqrt(1 + (u * u)) + 1);
        }

        return f;
    }

    /// <inheritdoc/>
    public void ComponentGradient(int index, ReadOnlySpan<double> x, Span<double> gradient)
    {
        _base.Gradient(x, gradient);
        double[] a = _a[index];
        for (int i = 0; i < Dimension; i++)
        {
            gradient[i] *= a[i];
        }
    }
}
