using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F_i(x) = s_i·F(x) + c_iᵀx over a base objective F, with mean(s) = 1, Σ_i c_i = 0 and Σ_i (s_i − 1)·c_i = 0.
/// Then (1/n)Σ F_i = F exactly, ∇F_i − ∇F = (s_i − 1)∇F + c_i, and V(x) = D1·‖∇F‖² + D0 with equality,
/// D1 = (1/n)Σ(s_i − 1)², D0 = (1/n)Σ‖c_i‖² (docs/claims.md#test-functions). The facts (K, L*, γ, minimiser) are F's.
/// </summary>
public sealed class ScaledShiftedFiniteSum : IFiniteSumObjective
{
    private readonly IObjective _base;
    private readonly double[] _s;
    private readonly double[][] _c;

    /// <summary>Creates the sum; the constraints are checked to a relative tolerance of 1e-10.</summary>
    public ScaledShiftedFiniteSum(IObjective baseObjective, double[] scales, double[][] shifts, FiniteSumKind kind)
    {
        ArgumentNullException.ThrowIfNull(baseObjective);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(shifts);
        int n = scales.Length, d = baseObjective.Dimension;
        if (n < 1 || shifts.Length != n || shifts.Any(c => c.Length != d))
        {
            throw new ArgumentException("need n ≥ 1 scales and n shifts of length d.");
        }

        foreach (double s in scales)
        {
            OptionValidationException.RequireNonNegative("scale s_i", s);
        }

        double mean = scales.Average();
        if (Math.Abs(mean - 1) > 1e-10)
        {
            throw new OptionValidationException("scales", $"the scales must have mean 1; got {OptionValidationException.Format(mean)}.");
        }

        double cScale = 1e-10 * (1 + shifts.Sum(c => VectorMath.NormInf(c)));
        for (int j = 0; j < d; j++)
        {
            double sum = 0, weighted = 0;
            for (int i = 0; i < n; i++)
            {
                OptionValidationException.RequireFinite("shift c_i", shifts[i][j]);
                sum += shifts[i][j];
                weighted += (scales[i] - 1) * shifts[i][j];
            }

            if (Math.Abs(sum) > cScale || Math.Abs(weighted) > cScale * (1 + scales.Max()))
            {
                throw new OptionValidationException("shifts", $"the shifts must satisfy Σ c_i = 0 and Σ (s_i − 1)c_i = 0; coordinate {j} has {OptionValidationException.Format(sum)} and {OptionValidationException.Format(weighted)}.");
            }
        }

        _base = baseObjective;
        _s = (double[])scales.Clone();
        _c = shifts.Select(c => (double[])c.Clone()).ToArray();
        Kind = kind;
        double d1 = _s.Sum(s => (s - 1) * (s - 1)) / n;
        double d0 = _c.Sum(c => VectorMath.Dot(c, c)) / n;
        Variance = new VarianceConstants(d0, d1, true);
    }

    /// <summary>Which construction this is.</summary>
    public FiniteSumKind Kind { get; }

    /// <summary>The base objective F.</summary>
    public IObjective BaseObjective => _base;

    /// <inheritdoc/>
    public string Name => $"{Kind} finite sum n={Count} of {_base.Name}";

    /// <inheritdoc/>
    public int Dimension => _base.Dimension;

    /// <inheritdoc/>
    public int Count => _s.Length;

    /// <inheritdoc/>
    public VarianceConstants? Variance { get; }

    /// <inheritdoc/>
    public ObjectiveFacts Facts => _base.Facts;

    /// <summary>s_i.</summary>
    public double Scale(int index) => _s[index];

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x) => _base.Value(x);

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient) => _base.Gradient(x, gradient);

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => _base.HessianVectorProduct(x, v, result);

    /// <inheritdoc/>
    public double ComponentValue(int index, ReadOnlySpan<double> x) => (_s[index] * _base.Value(x)) + VectorMath.Dot(_c[index], x);

    /// <inheritdoc/>
    public void ComponentGradient(int index, ReadOnlySpan<double> x, Span<double> gradient)
    {
        _base.Gradient(x, gradient);
        double s = _s[index];
        double[] c = _c[index];
        for (int j = 0; j < gradient.Length; j++)
        {
            gradient[j] = (s * gradient[j]) + c[j];
        }
    }
}
