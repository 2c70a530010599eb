namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.4, Figure 6: LeNet on mini-MNIST, α_ours against the seven schedulers, full batch.</summary>
public sealed class LeNetExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Name => "lenet";

    /// <inheritdoc/>
    public string Question => "§5.4: does α_ours beat the schedulers on LeNet as well?";

    /// <summary>The α_ours Figure 6 prints for LeNet, full batch.</summary>
    public const double PaperAlphaOurs = 0.044;

    /// <summary>
    /// LeNet at a scale: the paper's settings with LeNet, and at CI scale 300 training images, T = 10 and a cheaper K̂
    /// (2 draws of W, at most 10 power iterations), since LeNet trains about 150 times slower per epoch and image than the
    /// CI MLP.
    /// </summary>
    public static TrainingSettings Settings(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale) with { Architecture = Architecture.LeNet };
        return scale == ExperimentScale.Ci ? settings with { Epochs = 10, TrainPerClass = 30, KHatSamples = 2, PowerIterations = 10 } : settings;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = Settings(scale);
        return [BaseSettings.AlphaOurs(settings), .. PaperSchedulers.Arms(settings)];
    }
}
