using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// When an arm of a §5 experiment counts as trained (docs/claims.md#constant-step-beats-schedulers): it ran every epoch,
/// its loss fell below (1 − <see cref="LossMargin"/>)·L(w0), and its test accuracy is above chance by 3 standard errors
/// (<see cref="ChanceAccuracy"/>). A network that died has a small ‖∇L‖ it did not earn, so only a trained arm can win,
/// and only a trained rival is a bar to beat.
/// </summary>
public static class TrainedArm
{
    /// <summary>The fraction of L(w0) the loss must fall by for an arm to count as trained.</summary>
    public const double LossMargin = 0.01;

    /// <summary>Test accuracy at or below this is chance: 0.1 + 3·√(0.1·0.9/1000) on the 1,000 test images (3 SE above 1/10).</summary>
    public static readonly double ChanceAccuracy = 0.1 + (3 * Math.Sqrt(0.1 * 0.9 / (10 * MiniMnist.TestPerClass)));

    /// <summary>Whether an arm trained: it ran <paramref name="epochs"/> epochs, its loss fell by the margin and its test accuracy is above chance.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="epochs">The epochs it was to run.</param>
    public static bool Trained(ArmResult arm, int epochs)
    {
        ArgumentNullException.ThrowIfNull(arm);
        return arm.Final.Epoch == epochs && double.IsFinite(arm.Final.Loss) && double.IsFinite(arm.Final.GradientNorm)
            && arm.Final.Loss <= (1 - LossMargin) * arm.Epochs[0].Loss && arm.Final.TestAccuracy > ChanceAccuracy;
    }

    /// <summary>The arm of <paramref name="arms"/> that trained with the smallest final value of <paramref name="metric"/> (null when none trained): the bar α_ours must beat.</summary>
    /// <param name="arms">The rivals.</param>
    /// <param name="epochs">The epochs they were to run.</param>
    /// <param name="metric">What is compared.</param>
    public static ArmResult? Best(IEnumerable<ArmResult> arms, int epochs, ExperimentMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return arms.Where(a => Trained(a, epochs)).MinBy(a => metric.Of(a.Final));
    }
}
