using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// A full random-reshuffling Adam run on the RECONSTRUCTED Zhang sum (docs/claims.md#zhang-divergence-region): x0 = 0, step
/// η_k = η/√k in epoch k (k = 1, 2, …), m and v carried across epochs, no projection. Keeps x at the end of every
/// epoch listed in the checkpoints.
/// </summary>
public static class ZhangRun
{
    /// <summary>The step constant η = 0.1 of P3.1.</summary>
    public const double StepConstant = 0.1;

    /// <summary>Runs <paramref name="epochs"/> epochs; returns x after each checkpoint epoch (in the order given).</summary>
    public static double[] Run(AdamOptions variant, int n, long epochs, ulong seed, IReadOnlyList<long> checkpoints, double start = 0, double stepConstant = StepConstant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var sum = new ZhangReconstructedSum(n);
        var shuffles = new ShuffledEpochs(n, 1, seed);
        var state = new AdamState(1);
        Span<double> x = [start];
        Span<double> g = [0.0];
        var kept = new double[checkpoints.Count];
        long t = 1;
        for (long k = 1; k <= epochs; k++)
        {
            double eta = stepConstant / Math.Sqrt(k);
            for (int i = 0; i < n; i++, t++)
            {
                g[0] = sum.ComponentGradient(shuffles.Component(0, t), x[0]);
                AdamUpdate.Step(variant, state, x, g, eta);
            }

            for (int c = 0; c < kept.Length; c++)
            {
                if (checkpoints[c] == k)
                {
                    kept[c] = x[0];
                }
            }

            if (!double.IsFinite(x[0]))
            {
                break;
            }
        }

        return kept;
    }
}
