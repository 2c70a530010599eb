namespace Adam.Verification.Empirical.Claims;

/// <summary>The faults an <see cref="ExperimentClaim"/> can be run under, each perturbing its system under test.</summary>
public enum ExperimentClaimFault
{
    /// <summary>No fault: the claim itself.</summary>
    None,

    /// <summary>The judge reads an α_ours arm's smallest value of the claim's metric (‖∇L‖ or L) over all epochs (epoch 0 included), not its final one (oracle).</summary>
    BestEpoch,

    /// <summary>The judge reads an α_ours arm's largest value of the claim's metric over all epochs (epoch 0 included), not its final one (oracle).</summary>
    WorstEpoch,

    /// <summary>The judge reads each trained rival's smallest value of the claim's metric over all epochs (epoch 0 included), not its final one, as the bar (oracle).</summary>
    RivalsBestEpoch,

    /// <summary>The calibrated W targets ten times the α_ours the paper prints for the experiment (construction).</summary>
    TenfoldTarget,

    /// <summary>The judge counts an α_ours arm that did not train as trained, so a dead network can win with the small ‖∇L‖ it did not earn (oracle).</summary>
    UntrainedCounts,

    /// <summary>The schedulers start from α0 = 1e-5, a hundredth of torch.optim.Adam's default 1e-3 (construction).</summary>
    FaintSchedulers,
}
