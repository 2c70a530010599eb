namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One replicate of one configuration for one W, as measured in the claim's <see cref="ExperimentClaimSpec.Metric"/> (‖∇L‖ or L): the
/// α_ours arm's final, smallest and largest value, whether it trained, and the final value of the best rival that trained
/// (NaN when none did: then the replicate does not test the configuration, since there is no bar to beat), with the
/// smallest value any trained rival reached at any epoch.
/// </summary>
/// <param name="Comparison">The configuration's name.</param>
/// <param name="W">The W's label.</param>
/// <param name="SamplingScale">W's scale s.</param>
/// <param name="AlphaOurs">The arm's α_ours.</param>
/// <param name="Trained">Whether the arm trained (<see cref="TrainedArm.Trained"/>).</param>
/// <param name="Final">The measure at w_T of the arm.</param>
/// <param name="Smallest">The arm's smallest value over all epochs, epoch 0 included.</param>
/// <param name="Largest">The arm's largest value over all epochs, epoch 0 included.</param>
/// <param name="BestRival">The label of the rival that trained with the smallest final value (null when none trained).</param>
/// <param name="RivalFinal">That rival's final value (NaN when none trained).</param>
/// <param name="RivalSmallest">The smallest value of any trained rival over all its epochs, epoch 0 included (NaN when none trained).</param>
public sealed record ComparisonOutcome(string Comparison, string W, double SamplingScale, double AlphaOurs, bool Trained, double Final, double Smallest, double Largest, string? BestRival, double RivalFinal, double RivalSmallest)
{
    /// <summary>Whether the replicate tests the configuration: some rival trained.</summary>
    public bool Tested => BestRival is not null;

    /// <summary>
    /// The arm's final value over the best rival's final one (NaN when untested); under the oracle faults
    /// <see cref="ExperimentClaimFault.BestEpoch"/> and <see cref="ExperimentClaimFault.WorstEpoch"/> the judge reads the
    /// arm's smallest or largest value over all epochs instead, and under <see cref="ExperimentClaimFault.RivalsBestEpoch"/> it
    /// divides by <see cref="RivalSmallest"/>.
    /// </summary>
    public double Ratio(ExperimentClaimFault fault = ExperimentClaimFault.None) => fault switch
    {
        ExperimentClaimFault.BestEpoch => Smallest,
        ExperimentClaimFault.WorstEpoch => Largest,
        _ => Final,
    } / (fault == ExperimentClaimFault.RivalsBestEpoch ? RivalSmallest : RivalFinal);

    /// <summary>Whether the arm won a tested replicate: it trained and its value, read as <see cref="Ratio"/> reads it, is below the bar <see cref="Ratio"/> divides by.</summary>
    public bool Won(ExperimentClaimFault fault = ExperimentClaimFault.None) => Tested && (Trained || fault == ExperimentClaimFault.UntrainedCounts) && Ratio(fault) < 1;
}
