namespace Adam.Verification.Empirical.Experiments;

/// <summary>An experiment's curves and the facts it reports.</summary>
public sealed record ExperimentResult(string Name, string Question, ExperimentScale Scale, IReadOnlyList<ArmResult> Arms, TimeSpan Elapsed);
