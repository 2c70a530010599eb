using MathNet.Numerics.LinearAlgebra;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F6 CauchyRegression (docs/claims.md#test-functions), a finite sum: F(x) = (1/n)·Σ_i log(1 + r_i²), r = Ax − b, b = Ax* + σξ;
/// F_i = log(1 + r_i²). ∇F = (1/n)Aᵀ(2r/(1+r²)); ∇²F·v = (1/n)Aᵀdiag(2(1−r²)/(1+r²)²)Av.
/// K ≤ 2λ_max(AᵀA)/n (equality at x* when σ = 0); L* = 0 when σ = 0 (a lower bound otherwise);
/// γ ≤ (1/n)Σ_i ‖a_i‖; γ∞ ≤ max_j (1/n)Σ_i |A_ij|. The variance constants are not known globally (null).
/// </summary>
public sealed class CauchyRegressionObjective : IFiniteSumObjective, Specs.ISpecifiedObjective
{
    private readonly double[][] _rows;
    private readonly double[] _b;
    private readonly double[]? _planted;
    private readonly bool _noiseless;

    /// <summary>Creates F6 from the rows a_i of A, the targets b and, when σ = 0, the planted x*.</summary>
    public CauchyRegressionObjective(double[][] rows, double[] targets, double[]? plantedMinimiser, bool noiseless)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(targets);
        if (rows.Length == 0 || rows.Length != targets.Length || rows.Any(r => r.Length != rows[0].Length))
        {
            throw new ArgumentException("need n ≥ 1 rows of equal length d and n targets.");
        }

        _rows = rows.Select(r => (double[])r.Clone()).ToArray();
        _b = (double[])targets.Clone();
        _planted = plantedMinimiser is null ? null : (double[])plantedMinimiser.Clone();
        _noiseless = noiseless;
        int n = _rows.Length, d = _rows[0].Length;
        var a = Matrix<double>.Build.DenseOfRowArrays(_rows);
        double lambdaMax = (a.Transpose() * a).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Max();
        double gamma = _rows.Sum(r => VectorMath.Norm(r)) / n;
        double coord = 0;
        for (int j = 0; j < d; j++)
        {
            coord = Math.Max(coord, _rows.Sum(r => Math.Abs(r[j])) / n);
        }

        bool exact = noiseless && plantedMinimiser is not null;
        Facts = new ObjectiveFacts(2 * lambdaMax / n, exact, exact ? (double[])plantedMinimiser!.Clone() : null, 0, exact, exact ? (double[])plantedMinimiser!.Clone() : null, gamma, false, Math.Min(gamma, coord));
    }

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.CauchyRegressionSpec([.. _rows.Select(r => (double[])r.Clone())], (double[])_b.Clone(), _noiseless, _planted is null ? null : (double[])_planted.Clone());

    /// <inheritdoc/>
    public string Name => $"F6 CauchyRegression d={Dimension} n={Count}";

    /// <inheritdoc/>
    public int Dimension => _rows[0].Length;

    /// <inheritdoc/>
    public int Count => _rows.Length;

    /// <inheritdoc/>
    public VarianceConstants? Variance => null;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        double f = 0;
        for (int i = 0; i < Count; i++)
        {
            f += ComponentValue(i, x);
        }

        return f / Count;
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        gradient.Clear();
        for (int i = 0; i < Count; i++)
        {
            double r = Residual(i, x);
            Accumulate(i, 2 * r / (1 + (r * r)) / Count, gradient);
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        VectorMath.RequireLength(Dimension, v, "v");
        result.Clear();
        for (int i = 0; i < Count; i++)
        {
            double r = Residual(i, x), p = 1 + (r * r);
            Accumulate(i, 2 * (1 - (r * r)) / (p * p) * VectorMath.Dot(_rows[i], v) / Count, result);
        }
    }

    /// <inheritdoc/>
    public double ComponentValue(int index, ReadOnlySpan<double> x)
    {
        double r = Residual(index, x);
        return Math.Log(1 + (r * r));
    }

    /// <inheritdoc/>
    public void ComponentGradient(int index, ReadOnlySpan<double> x, Span<double> gradient)
    {
        gradient.Clear();
        double r = Residual(index, x);
        Accumulate(index, 2 * r / (1 + (r * r)), gradient);
    }

    private double Residual(int i, ReadOnlySpan<double> x) => VectorMath.Dot(_rows[i], x) - _b[i];

    private void Accumulate(int i, double scale, Span<double> result)
    {
        double[] row = _rows[i];
        for (int j = 0; j < row.Length; j++)
        {
            result[j] += scale * row[j];
        }
    }
}
