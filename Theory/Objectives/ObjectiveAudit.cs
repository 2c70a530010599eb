using System.Globalization;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// Checks an objective against its own facts at random points (docs/claims.md#test-functions): the gradient against central
/// differences, the Hessian-vector product against differences of gradients, ‖∇²f‖₂ ≤ K (dense eigenvalues and power
/// iteration), f ≥ L*, ‖∇f‖ ≤ γ, max|∂_i f| ≤ γ∞, and at the stated witnesses ‖∇²f‖₂ = K, f(w*) = L*, ∇f(w*) = 0.
/// Works for any <see cref="IObjective"/>, so user objectives and network losses are audited the same way.
/// </summary>
public static class ObjectiveAudit
{
    /// <summary>Relative slack for the exact facts.</summary>
    public const double FactTolerance = 1e-9;

    /// <summary>Audits <paramref name="objective"/> at <paramref name="points"/> random points; returns the violations (empty when sound).</summary>
    public static IReadOnlyList<string> Run(IObjective objective, SeededRandom random, int points = 20)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        var problems = new List<string>();
        ObjectiveFacts facts = objective.Facts;
        int d = objective.Dimension;
        double[] centre = facts.Minimiser ?? facts.SmoothnessWitness ?? new double[d];
        for (int p = 0; p < points; p++)
        {
            double scale = Math.Exp(random.Uniform(Math.Log(0.05), Math.Log(5)));
            double[] x = centre.Select(c => c + (scale * random.Normal())).ToArray();
            CheckPoint(objective, x, random, problems);
        }

        CheckWitnesses(objective, random, problems);
        return problems;
    }

    /// <summary>‖∇²f(x)‖₂ from the dense Hessian assembled column by column from Hessian-vector products.</summary>
    public static double DenseHessianNorm(IObjective objective, ReadOnlySpan<double> x)
    {
        ArgumentNullException.ThrowIfNull(objective);
        int d = objective.Dimension;
        var h = Matrix<double>.Build.Dense(d, d);
        var e = new double[d];
        var col = new double[d];
        for (int j = 0; j < d; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            objective.HessianVectorProduct(x, e, col);
            for (int i = 0; i < d; i++)
            {
                h[i, j] = col[i];
            }
        }

        Matrix<double> sym = (h + h.Transpose()) * 0.5;
        return sym.Evd(Symmetricity.Symmetric).EigenValues.Select(z => Math.Abs(z.Real)).Max();
    }

    private static void CheckPoint(IObjective f, double[] x, SeededRandom random, List<string> problems)
    {
        ObjectiveFacts facts = f.Facts;
        int d = f.Dimension;
        var g = new double[d];
        f.Gradient(x, g);
        double value = f.Value(x);
        string at = string.Create(CultureInfo.InvariantCulture, $"at x = ({string.Join(", ", x.Select(v => v.ToString("G6", CultureInfo.InvariantCulture)))})");

        var xp = (double[])x.Clone();
        var gp = new double[d];
        var gm = new double[d];
        for (int i = 0; i < d; i++)
        {
            double h = 1e-5 * (1 + Math.Abs(x[i]));
            xp[i] = x[i] + h;
            double fp = f.Value(xp);
            xp[i] = x[i] - h;
            double fm = f.Value(xp);
            xp[i] = x[i];
            double fd = (fp - fm) / (2 * h);
            if (Math.Abs(fd - g[i]) > 1e-6 * (1 + Math.Abs(g[i]) + Math.Abs(value)))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"gradient ∂_{i}f = {g[i]:R} but central difference {fd:R} {at}"));
            }
        }

        var v = new double[d];
        for (int i = 0; i < d; i++)
        {
            v[i] = random.Normal();
        }

        var hv = new double[d];
        f.HessianVectorProduct(x, v, hv);
        double step = 1e-5 * (1 + VectorMath.NormInf(x));
        for (int i = 0; i < d; i++)
        {
            xp[i] = x[i] + (step * v[i]);
        }

        f.Gradient(xp, gp);
        for (int i = 0; i < d; i++)
        {
            xp[i] = x[i] - (step * v[i]);
        }

        f.Gradient(xp, gm);
        double hvScale = 1 + VectorMath.NormInf(hv) + VectorMath.NormInf(g);
        for (int i = 0; i < d; i++)
        {
            double fd = (gp[i] - gm[i]) / (2 * step);
            if (Math.Abs(fd - hv[i]) > 1e-5 * hvScale)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Hessian-vector product (Hv)_{i} = {hv[i]:R} but difference of gradients {fd:R} {at}"));
                break;
            }
        }

        if (facts.SmoothnessK is double k)
        {
            double dense = DenseHessianNorm(f, x);
            double power = PowerIteration.SpectralNorm(f, x, random).Estimate;
            if (dense > k * (1 + FactTolerance) || power > k * (1 + FactTolerance))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"‖∇²f‖₂ = {dense:R} (power iteration {power:R}) exceeds K = {k:R} {at}"));
            }
        }

        if (facts.OptimalValue is double lStar && value < lStar - (1e-12 * (1 + Math.Abs(lStar))))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"f = {value:R} is below L* = {lStar:R} {at}"));
        }

        double norm = VectorMath.Norm(g);
        if (facts.GradientBound is double gamma && norm > gamma * (1 + FactTolerance))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"‖∇f‖ = {norm:R} exceeds γ = {gamma:R} {at}"));
        }

        double inf = VectorMath.NormInf(g);
        if (facts.CoordinateGradientBound is double gammaInf && inf > gammaInf * (1 + FactTolerance))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"max|∂_i f| = {inf:R} exceeds γ∞ = {gammaInf:R} {at}"));
        }
    }

    private static void CheckWitnesses(IObjective f, SeededRandom random, List<string> problems)
    {
        ObjectiveFacts facts = f.Facts;
        if (facts.SmoothnessKIsExact && facts.SmoothnessK is double k && facts.SmoothnessWitness is { } w)
        {
            double dense = DenseHessianNorm(f, w);
            if (Math.Abs(dense - k) > FactTolerance * k)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"K = {k:R} is stated exact but ‖∇²f‖₂ = {dense:R} at its witness"));
            }

            double power = PowerIteration.SpectralNorm(f, w, random, new PowerIterationOptions(1e-13, 20_000)).Estimate;
            if (power > k * (1 + FactTolerance))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"power iteration {power:R} exceeds K = {k:R} at the witness"));
            }
        }

        if (facts.OptimalValueIsExact && facts.OptimalValue is double lStar && facts.Minimiser is { } wStar)
        {
            double value = f.Value(wStar);
            var g = new double[f.Dimension];
            f.Gradient(wStar, g);
            if (Math.Abs(value - lStar) > 1e-12 * (1 + Math.Abs(lStar)) || VectorMath.Norm(g) > 1e-9 * (1 + (facts.SmoothnessK ?? 1)))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"f(w*) = {value:R} vs L* = {lStar:R}, ‖∇f(w*)‖ = {VectorMath.Norm(g):R}: w* is not the stated minimiser"));
            }
        }
    }
}
