using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Harness;

/// <summary>Random gradient sequences and a replay helper shared by the optimizer properties.</summary>
public static class Sequences
{
    /// <summary>T × d Gaussian gradients with random scale and occasional exact zeros.</summary>
    public static double[][] Gradients(SeededRandom random, int steps, int dimension)
    {
        double scale = Math.Exp(random.Uniform(-5, 5));
        return Enumerable.Range(0, steps)
            .Select(_ => Enumerable.Range(0, dimension).Select(_ => random.Bernoulli(0.05) ? 0 : scale * random.Normal()).ToArray())
            .ToArray();
    }

    /// <summary>Replays <paramref name="gradients"/> into <paramref name="optimizer"/> from x0 and returns every iterate.</summary>
    public static double[][] Replay(IOptimizer optimizer, double[] x0, double[][] gradients, Func<long, double>? alpha = null)
    {
        var x = (double[])x0.Clone();
        var iterates = new List<double[]>();
        for (int t = 0; t < gradients.Length; t++)
        {
            optimizer.Step(x, gradients[t], alpha?.Invoke(t + 1) ?? 0.01);
            iterates.Add((double[])x.Clone());
        }

        return [.. iterates];
    }

    /// <summary>Largest relative difference between two trajectories (0 when bit-identical).</summary>
    public static double MaxRelativeDifference(double[][] a, double[][] b)
    {
        double worst = 0;
        for (int t = 0; t < a.Length; t++)
        {
            for (int i = 0; i < a[t].Length; i++)
            {
                if (a[t][i] == b[t][i])
                {
                    continue;
                }

                worst = Math.Max(worst, Math.Abs(a[t][i] - b[t][i]) / Math.Max(1e-300, Math.Max(Math.Abs(a[t][i]), Math.Abs(b[t][i]))));
            }
        }

        return worst;
    }

    /// <summary>A random preset with random hyper-parameters (β1² &lt; β2 not required).</summary>
    public static AdamOptions RandomVariant(SeededRandom random, double? epsilon = null, bool allowDecay = true)
    {
        AdamPreset preset = random.Choose(AdamPresets.All);
        double b1 = random.Uniform(0, 0.99);
        double b2 = random.Uniform(0.5, 0.9999);
        AdamOptions o = preset.Instantiate(random.Uniform(1e-3, 0.5), b1, b2, epsilon ?? random.Choose(new[] { 1e-8, 1e-3, 0.1 }));
        return allowDecay ? o : o.With(weightDecay: 0);
    }
}
