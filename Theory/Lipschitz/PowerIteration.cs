using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Lipschitz;

/// <summary>
/// ‖∇²f(x)‖₂ by power iteration on Hessian-vector products (arXiv 2309.08339, Algorithm 2's inner step):
/// v_{k+1} = H v_k/‖H v_k‖ from a random unit v_0; the estimate is ‖H v_k‖ for a unit v_k, so it never exceeds
/// ‖H‖₂ (up to rounding). Stops when the estimate changes by less than <see cref="PowerIterationOptions.RelativeTolerance"/>
/// relative for two consecutive iterations, or after <see cref="PowerIterationOptions.MaxIterations"/>.
/// </summary>
public static class PowerIteration
{
    /// <summary>Estimates ‖∇²f(<paramref name="x"/>)‖₂.</summary>
    public static PowerIterationResult SpectralNorm(IObjective objective, ReadOnlySpan<double> x, SeededRandom random, PowerIterationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        options ??= new PowerIterationOptions();
        int d = objective.Dimension;
        var v = new double[d];
        var hv = new double[d];
        for (int i = 0; i < d; i++)
        {
            v[i] = random.Normal();
        }

        Normalise(v);
        double estimate = 0, previous = double.NaN;
        int quiet = 0;
        for (int k = 1; k <= options.MaxIterations; k++)
        {
            objective.HessianVectorProduct(x, v, hv);
            double norm = VectorMath.Norm(hv);
            if (!double.IsFinite(norm))
            {
                return new PowerIterationResult(norm, k, false);
            }

            estimate = Math.Max(estimate, norm);
            if (norm == 0)
            {
                return new PowerIterationResult(0, k, true);
            }

            quiet = Math.Abs(norm - previous) <= options.RelativeTolerance * norm ? quiet + 1 : 0;
            if (quiet >= 2)
            {
                return new PowerIterationResult(estimate, k, true);
            }

            previous = norm;
            for (int i = 0; i < d; i++)
            {
                v[i] = hv[i] / norm;
            }
        }

        return new PowerIterationResult(estimate, options.MaxIterations, false);
    }

    private static void Normalise(double[] v)
    {
        double n = VectorMath.Norm(v);
        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= n;
        }
    }
}
