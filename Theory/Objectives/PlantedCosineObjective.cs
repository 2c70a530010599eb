using Adam.Verification.Theory.Optimizers;
using MathNet.Numerics.LinearAlgebra;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F3 PlantedCos (docs/claims.md#test-functions), many critical points: f(x) = Σ_j a_j·(1 − cos θ_j), θ_j = w_jᵀ(x − x*), a_j &gt; 0.
/// ∇f = Σ_j a_j·sin θ_j·w_j; ∇²f·v = Σ_j a_j·cos θ_j·(w_jᵀv)·w_j.
/// K = λ_max(W), W = Σ_j a_j·w_j·w_jᵀ (exact, attained at x*); L* = 0 at x*;
/// γ ≤ √(λ_max(W)·Σ_j a_j) (a bound, not attained in general); γ∞ ≤ max_i Σ_j a_j·|w_ji|.
/// </summary>
public sealed class PlantedCosineObjective : IObjective, Specs.ISpecifiedObjective
{
    private readonly double[][] _w;
    private readonly double[] _a;
    private readonly double[] _xStar;

    /// <summary>Creates F3 from directions w_j (each of length d), weights a_j and the planted minimiser x*.</summary>
    public PlantedCosineObjective(double[][] directions, double[] weights, double[] minimiser)
    {
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(minimiser);
        int d = minimiser.Length;
        if (directions.Length == 0 || directions.Length != weights.Length || directions.Any(w => w.Length != d))
        {
            throw new ArgumentException("need k ≥ 1 directions of length d and k weights.");
        }

        foreach (double a in weights)
        {
            OptionValidationException.RequirePositive("weight a_j", a);
        }

        _w = directions.Select(w => (double[])w.Clone()).ToArray();
        _a = (double[])weights.Clone();
        _xStar = (double[])minimiser.Clone();
        var big = Matrix<double>.Build.Dense(d, d);
        for (int j = 0; j < _w.Length; j++)
        {
            var wj = Vector<double>.Build.DenseOfArray(_w[j]);
            big += _a[j] * wj.OuterProduct(wj);
        }

        double lambdaMax = big.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Max();
        double coord = 0;
        for (int i = 0; i < d; i++)
        {
            double row = 0;
            for (int j = 0; j < _w.Length; j++)
            {
                row += _a[j] * Math.Abs(_w[j][i]);
            }

            coord = Math.Max(coord, row);
        }

        double gamma = Math.Sqrt(lambdaMax * _a.Sum());
        Facts = new ObjectiveFacts(lambdaMax, true, (double[])_xStar.Clone(), 0, true, (double[])_xStar.Clone(), gamma, false, Math.Min(gamma, coord));
    }

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.PlantedCosSpec([.. _w.Select(w => (double[])w.Clone())], (double[])_a.Clone(), (double[])_xStar.Clone());

    /// <inheritdoc/>
    public string Name => $"F3 PlantedCos d={Dimension} k={_w.Length}";

    /// <inheritdoc/>
    public int Dimension => _xStar.Length;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        double f = 0;
        for (int j = 0; j < _w.Length; j++)
        {
            // 1 − cos θ = 2·sin²(θ/2), without the cancellation of 1 − cos θ for small θ (relative error ε/θ² there).
            double half = Math.Sin(0.5 * Theta(j, x));
            f += _a[j] * 2 * half * half;
        }

        return f;
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        gradient.Clear();
        for (int j = 0; j < _w.Length; j++)
        {
            Axpy(_a[j] * Math.Sin(Theta(j, x)), _w[j], gradient);
        }
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        VectorMath.RequireLength(Dimension, v, "v");
        result.Clear();
        for (int j = 0; j < _w.Length; j++)
        {
            Axpy(_a[j] * Math.Cos(Theta(j, x)) * VectorMath.Dot(_w[j], v), _w[j], result);
        }
    }

    private static void Axpy(double scale, double[] w, Span<double> result)
    {
        for (int i = 0; i < w.Length; i++)
        {
            result[i] += scale * w[i];
        }
    }

    private double Theta(int j, ReadOnlySpan<double> x)
    {
        double s = 0;
        double[] w = _w[j];
        for (int i = 0; i < w.Length; i++)
        {
            s += w[i] * (x[i] - _xStar[i]);
        }

        return s;
    }
}
