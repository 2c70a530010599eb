namespace Adam.Verification.Empirical.Experiments;

/// <summary>Progress of a running experiment: which arm, the epochs done over all arms, and the epochs in all.</summary>
public sealed record ExperimentProgress(string Stage, int Done, int Total);
