namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One replicate of one configuration for one W, as measured: the α_ours arm's final, smallest and largest ‖∇L‖, whether it
/// trained, and the final ‖∇L‖ of the best rival that trained (NaN when none did: then the replicate does not test the
/// configuration, since there is no bar to beat), with the smallest ‖∇L‖ any trained rival reached at any epoch.
/// </summary>
/// <param name="Comparison">The configuration's name.</param>
/// <param name="W">The W's label.</param>
/// <param name="SamplingScale">W's scale s.</param>
/// <param name="AlphaOurs">The arm's α_ours.</param>
/// <param name="Trained">Whether the arm trained (<see cref="TrainedArm.Trained"/>).</param>
/// <param name="FinalNorm">‖∇L(w_T)‖ of the arm.</param>
/// <param name="SmallestNorm">The arm's smallest ‖∇L‖ over all epochs, epoch 0 included.</param>
/// <param name="LargestNorm">The arm's largest ‖∇L‖ over all epochs, epoch 0 included.</param>
/// <param name="BestRival">The label of the rival that trained with the smallest final ‖∇L‖ (null when none trained).</param>
/// <param name="RivalNorm">That rival's final ‖∇L‖ (NaN when none trained).</param>
/// <param name="RivalSmallestNorm">The smallest ‖∇L‖ of any trained rival over all its epochs, epoch 0 included (NaN when none trained).</param>
public sealed record ComparisonOutcome(string Comparison, string W, double SamplingScale, double AlphaOurs, bool Trained, double FinalNorm, double SmallestNorm, double LargestNorm, string? BestRival, double RivalNorm, double RivalSmallestNorm)
{
    /// <summary>Whether the replicate tests the configuration: some rival trained.</summary>
    public bool Tested => BestRival is not null;

    /// <summary>
    /// The arm's final ‖∇L‖ over the best rival's final one (NaN when untested); under the oracle faults
    /// <see cref="ExperimentClaimFault.BestEpoch"/> and <see cref="ExperimentClaimFault.WorstEpoch"/> the judge reads the
    /// arm's smallest or largest ‖∇L‖ over all epochs instead, and under <see cref="ExperimentClaimFault.RivalsBestEpoch"/> it
    /// divides by <see cref="RivalSmallestNorm"/>.
    /// </summary>
    public double Ratio(ExperimentClaimFault fault = ExperimentClaimFault.None) => fault switch
    {
        ExperimentClaimFault.BestEpoch => SmallestNorm,
        ExperimentClaimFault.WorstEpoch => LargestNorm,
        _ => FinalNorm,
    } / (fault == ExperimentClaimFault.RivalsBestEpoch ? RivalSmallestNorm : RivalNorm);

    /// <summary>Whether the arm won a tested replicate: it trained and its ‖∇L‖, read as <see cref="Ratio"/> reads it, is below the bar <see cref="Ratio"/> divides by.</summary>
    public bool Won(ExperimentClaimFault fault = ExperimentClaimFault.None) => Tested && Trained && Ratio(fault) < 1;
}
