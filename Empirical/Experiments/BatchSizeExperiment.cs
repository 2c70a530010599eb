namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.3: mini-batch Adam with α_ours at batch sizes 256 … 2048 and 5,000 (CI: 32 … 500).</summary>
public sealed class BatchSizeExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Name => "batch";

    /// <inheritdoc/>
    public string Question => "§5.3: how does the batch size change what α_ours achieves (the paper needs 5,000)?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        int[] sizes = scale == ExperimentScale.Paper ? [256, 512, 1024, 2048, 5000] : [32, 128, 500];
        return sizes.Select(b => BaseSettings.AlphaOurs(settings with { BatchSize = b, Epochs = scale == ExperimentScale.Paper ? settings.Epochs : 10 }, $"α_ours, batch {b}")).ToList();
    }
}
