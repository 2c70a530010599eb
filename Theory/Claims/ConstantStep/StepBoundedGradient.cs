using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// The measurement of <c>constant-step-limit-is-critical</c> and its network form (docs/claims.md#constant-step-limit-is-critical):
/// with a constant α, each coordinate's gradient is bounded by that coordinate's last two steps,
/// <code>|∂_i L(w_t)| ≤ (G_{t,i} + ρ)(|Δ_{t+1,i}| + β1|Δ_{t,i}|) / (α(1 − β1)),  G_{t,i} = max_{s≤t} |∂_i L(w_s)|,</code>
/// Δ_t = w_t − w_{t−1}, Δ_0 = 0. Each step is measured with one to two ulps of slack, |Δ_i| + 2^−52·max(|w_{t,i}|, |w_{t+1,i}|): a
/// step below half an ulp of w_i leaves w_i unchanged in floating point.
/// </summary>
public static class StepBoundedGradient
{
    /// <summary>2^−52, the slack per coordinate's step as a multiple of |w_i|.</summary>
    public const double Ulp = 2.220446049250313e-16;

    /// <summary>Runs Adam and measures the largest ratio of |∂_i L(w_t)| to its bound.</summary>
    /// <param name="truth">L, whose gradient the statement bounds.</param>
    /// <param name="oracle">The gradient the update is given (<paramref name="truth"/> itself, or a faulted oracle).</param>
    /// <param name="start">w_0.</param>
    /// <param name="options">The Adam variant (its ε is ρ, outside the root).</param>
    /// <param name="alpha">The constant α the statement divides by.</param>
    /// <param name="stepUsed">t ↦ the step the update takes (the constant α, or a planted schedule).</param>
    /// <param name="withMomentumTerm">Whether the bound carries β1|Δ_{t,i}| (false plants an oracle fault).</param>
    /// <param name="horizon">T, the steps taken.</param>
    public static StepBoundRun Measure(IObjective truth, IObjective oracle, ReadOnlySpan<double> start, AdamOptions options, double alpha, Func<long, double> stepUsed, bool withMomentumTerm, long horizon)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stepUsed);
        int d = truth.Dimension;
        double[] w = start.ToArray();
        var before = new double[d];
        var g = new double[d];
        var given = ReferenceEquals(truth, oracle) ? g : new double[d];
        var largest = new double[d];
        var previousStep = new double[d];
        var state = new AdamState(d);
        double scale = alpha * (1 - options.Beta1), momentum = withMomentumTerm ? options.Beta1 : 0;
        double worst = 0, lastStep = 0, lastGradient = 0, largestGradient = 0;
        long worstStep = 0;
        int worstCoordinate = 0;
        for (long t = 0; t < horizon; t++)
        {
            truth.Gradient(w, g);
            if (!ReferenceEquals(given, g))
            {
                oracle.Gradient(w, given);
            }

            lastGradient = 0;
            for (int i = 0; i < d; i++)
            {
                largest[i] = Math.Max(largest[i], Math.Abs(g[i]));
                lastGradient = Math.Max(lastGradient, Math.Abs(g[i]));
            }

            if (!double.IsFinite(lastGradient))
            {
                return new StepBoundRun(worst, worstStep, worstCoordinate, lastStep, lastGradient, largestGradient, false);
            }

            largestGradient = Math.Max(largestGradient, lastGradient);
            w.CopyTo(before, 0);
            AdamUpdate.Step(options, state, w, given, stepUsed(t + 1));
            lastStep = 0;
            for (int i = 0; i < d; i++)
            {
                double step = Math.Abs(w[i] - before[i]) + (Ulp * Math.Max(Math.Abs(w[i]), Math.Abs(before[i])));
                double bound = (largest[i] + options.Epsilon) * (step + (momentum * previousStep[i])) / scale;
                double ratio = Math.Abs(g[i]) / ((bound * (1 + 1e-9)) + double.Epsilon);
                if (ratio > worst || double.IsNaN(ratio))
                {
                    (worst, worstStep, worstCoordinate) = (ratio, t, i);
                }

                previousStep[i] = step;
                lastStep = Math.Max(lastStep, Math.Abs(w[i] - before[i]));
            }

            if (!double.IsFinite(lastStep))
            {
                return new StepBoundRun(worst, worstStep, worstCoordinate, lastStep, lastGradient, largestGradient, false);
            }
        }

        return new StepBoundRun(worst, worstStep, worstCoordinate, lastStep, lastGradient, largestGradient, true);
    }
}
