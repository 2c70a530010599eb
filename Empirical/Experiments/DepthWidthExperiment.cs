namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.2 and Appendix: depth 1, 3, 5 and two widths; α_ours against the exponential scheduler on each.</summary>
public sealed class DepthWidthExperiment : IExperiment
{
    private static readonly int[] Depths = [1, 3, 5];

    /// <inheritdoc/>
    public string Name => "depth";

    /// <inheritdoc/>
    public string Question => "§5.2: do K̂, α_ours and the outcome hold up across depth 1/3/5 and widths?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        int[] widths = scale == ExperimentScale.Paper ? [100, 1000] : [16, 32];
        var arms = new List<Arm>();
        foreach (int depth in Depths)
        {
            foreach (int width in widths)
            {
                TrainingSettings s = settings with { Architecture = new Architecture(depth, width) };
                arms.Add(BaseSettings.AlphaOurs(s, $"α_ours, {s.Architecture}"));
                Arm exponential = PaperSchedulers.Arms(s).Single(a => a.Label == "Exponential");
                arms.Add(exponential with { Label = $"Exponential, {s.Architecture}" });
            }
        }

        return arms;
    }
}
