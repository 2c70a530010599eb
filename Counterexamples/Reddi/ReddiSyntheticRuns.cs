using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// Reddi et al. §5's synthetic experiments [SRC]: online f_t = 1010x if t mod 101 = 1, else −10x, and stochastic
/// f_t = 1010x with probability 0.01, else −10x, both on [−1, 1] with β = (0.9, 0.99) and α_t = 0.1/√t (x* = −1).
/// </summary>
public static class ReddiSyntheticRuns
{
    /// <summary>The large gradient C = 1010.</summary>
    public const double Large = 1010;

    /// <summary>The small gradient s = 10.</summary>
    public const double Small = 10;

    /// <summary>The probability 0.01 of the large gradient in the stochastic problem.</summary>
    public const double Probability = 0.01;

    /// <summary>The online problem (period 101).</summary>
    public static PeriodicLinearProblem Online { get; } = new(Large, 101, Small);

    /// <summary>The step schedule 0.1/√t.</summary>
    public static IStepSchedule Schedule { get; } = InversePowerSchedule.InverseSqrt(0.1);

    /// <summary>The feasible set F = [−1, 1].</summary>
    public static Box Feasible { get; } = new(-1, 1);

    /// <summary>
    /// The variant with β = (0.9, 0.99), projected onto <paramref name="feasible"/> (F = [−1, 1] unless another set is given,
    /// which only a planted fault does); α = 0.1 unless another schedule is given.
    /// </summary>
    public static AdamOptions Configure(AdamOptions variant, IStepSchedule? schedule = null, Box? feasible = null)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return schedule is null
            ? variant.With(alpha: 0.1, beta1: 0.9, beta2: 0.99, projection: feasible ?? Feasible)
            : variant.With(beta1: 0.9, beta2: 0.99, projection: feasible ?? Feasible);
    }

    /// <summary>Tail means (last 10%) of <paramref name="paths"/> stochastic runs of T steps from x1 = 0, path p seeded from (seed, p); step 0.1/√t unless a schedule is given.</summary>
    public static double[] Stochastic(AdamOptions variant, int paths, long steps, ulong seed, IStepSchedule? schedule = null, Box? feasible = null)
    {
        var randoms = Enumerable.Range(0, paths).Select(p => new SeededRandom(SeededRandom.DeriveSeed(seed, (ulong)p))).ToArray();
        return PathEnsemble.Run(Configure(variant, schedule, feasible), schedule ?? Schedule, new double[paths], steps, (_, _, g) =>
        {
            for (int p = 0; p < g.Length; p++)
            {
                g[p] = randoms[p].Bernoulli(Probability) ? Large : -Small;
            }
        }).TailMeans;
    }

    /// <summary>Tail mean (last 10%) of the online run of T steps from x1 = 0; step 0.1/√t unless a schedule is given.</summary>
    public static double OnlineTailMean(AdamOptions variant, long steps, IStepSchedule? schedule = null, Box? feasible = null) =>
        PathEnsemble.Run(Configure(variant, schedule, feasible), schedule ?? Schedule, [0.0], steps, (t, _, g) => g[0] = Online.GradientAt(t)).TailMeans[0];
}
