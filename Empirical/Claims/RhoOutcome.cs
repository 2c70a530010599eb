namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One replicate of <see cref="RhoSmoothnessClaim"/> for one W: the total rise of the training loss,
/// R = Σ_{t=1}^{T} max(0, L(w_t) − L(w_{t−1})), of the larger-ρ and the smaller-ρ arm (same start, same α_ours), and
/// their final losses.
/// </summary>
/// <param name="W">The W's label ("s = 1" or "s*").</param>
/// <param name="AlphaOurs">α_ours at that W.</param>
/// <param name="LargerRise">R of the arm at the larger ρ.</param>
/// <param name="SmallerRise">R of the arm at the smaller ρ.</param>
/// <param name="LargerFinalLoss">L(w_T) of the arm at the larger ρ.</param>
/// <param name="SmallerFinalLoss">L(w_T) of the arm at the smaller ρ.</param>
/// <param name="LargerVariation">The total variation Σ|L(w_t) − L(w_{t−1})| of the larger-ρ arm's loss (read only under
/// the oracle fault <see cref="RhoFault.LargerArmTotalVariation"/>).</param>
public sealed record RhoOutcome(string W, double AlphaOurs, double LargerRise, double SmallerRise, double LargerFinalLoss, double SmallerFinalLoss, double LargerVariation)
{
    /// <summary>Whether the replicate tests the claim: the two rises differ (equal rises, both 0 for two monotone curves, favour neither side).</summary>
    public bool Tested(RhoFault fault = RhoFault.None) => Larger(fault) != SmallerRise;

    /// <summary>Whether the larger ρ trained less smoothly: its loss rose by more in total.</summary>
    public bool Won(RhoFault fault = RhoFault.None) => Larger(fault) > SmallerRise;

    /// <summary>
    /// The total variation of an arm that was to run <paramref name="epochs"/> epochs: <see cref="Variation"/> of its loss
    /// curve, or +∞ when it diverged (as <see cref="RiseOf"/>).
    /// </summary>
    public static double VariationOf(Experiments.ArmResult arm, int epochs) => Completed(arm, epochs) is { } losses ? Variation(losses) : double.PositiveInfinity;

    /// <summary>
    /// The total rise of an arm that was to run <paramref name="epochs"/> epochs: <see cref="Rise"/> of its loss curve, or
    /// +∞ when it diverged (a non-finite loss, or fewer epochs run: the runner stops an arm whose loss is no longer finite),
    /// the largest overshoot there is. Two arms that both diverged tie, so such a replicate tests nothing.
    /// </summary>
    public static double RiseOf(Experiments.ArmResult arm, int epochs) => Completed(arm, epochs) is { } losses ? Rise(losses) : double.PositiveInfinity;

    private double Larger(RhoFault fault) => fault == RhoFault.LargerArmTotalVariation ? LargerVariation : LargerRise;

    /// <summary>The total rise R = Σ_{t≥1} max(0, L(w_t) − L(w_{t−1})) of a loss curve <paramref name="losses"/> (epoch 0 first).</summary>
    public static double Rise(ReadOnlySpan<double> losses)
    {
        double rise = 0;
        for (int t = 1; t < losses.Length; t++)
        {
            rise += Math.Max(0, losses[t] - losses[t - 1]);
        }

        return rise;
    }

    /// <summary>The total variation Σ_{t≥1} |L(w_t) − L(w_{t−1})| of a loss curve <paramref name="losses"/> (epoch 0 first).</summary>
    public static double Variation(ReadOnlySpan<double> losses)
    {
        double variation = 0;
        for (int t = 1; t < losses.Length; t++)
        {
            variation += Math.Abs(losses[t] - losses[t - 1]);
        }

        return variation;
    }

    /// <summary>The arm's loss curve when it ran all <paramref name="epochs"/> epochs with finite losses; null when it diverged.</summary>
    private static double[]? Completed(Experiments.ArmResult arm, int epochs)
    {
        ArgumentNullException.ThrowIfNull(arm);
        double[] losses = [.. arm.Epochs.Select(e => e.Loss)];
        return arm.Final.Epoch == epochs && losses.All(double.IsFinite) ? losses : null;
    }
}
