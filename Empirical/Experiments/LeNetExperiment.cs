namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.4, Figure 6: LeNet on mini-MNIST, α_ours against the seven schedulers, full batch.</summary>
public sealed class LeNetExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Name => "lenet";

    /// <inheritdoc/>
    public string Question => "§5.4: does α_ours beat the schedulers on LeNet as well?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale) with { Architecture = Architecture.LeNet };
        if (scale == ExperimentScale.Ci)
        {
            settings = settings with { Epochs = 10, TrainPerClass = 30, KHatSamples = 2, PowerIterations = 10 };
        }

        return [BaseSettings.AlphaOurs(settings), .. PaperSchedulers.Arms(settings)];
    }
}
