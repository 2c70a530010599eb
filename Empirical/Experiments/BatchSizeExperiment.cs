using Adam.Verification.Empirical.Engine;

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

    /// <summary>The α_ours that Figure 3 prints for the 3×1000 MLP with mini-batches of 5,000 (with full batches, Figure 1: <see cref="SchedulersExperiment.PaperAlphaOurs"/>).</summary>
    public const double PaperAlphaOurs = 0.012;

    /// <summary>The steps per epoch of Figure 3: MNIST's 60,000 training images in batches of 5,000.</summary>
    public const int PaperStepsPerEpoch = 60_000 / 5_000;

    /// <summary>
    /// The batch of the mini-batch claim at <paramref name="scale"/>: the smallest batch that splits the training images
    /// into <see cref="PaperStepsPerEpoch"/> batches, ⌈n/12⌉ (paper scale: 459 of 5,500; CI: 84 of 1,000), so an epoch
    /// takes as many steps as in the paper. We train on 5,500 (CI: 1,000) of MNIST's 60,000 training images, so matching
    /// the steps, not the batch of 5,000, leaves each step noisier than the paper's.
    /// </summary>
    public static int ClaimBatch(ExperimentScale scale)
    {
        int images = BaseSettings.For(scale).TrainPerClass * Networks.Classes;
        return (images + PaperStepsPerEpoch - 1) / PaperStepsPerEpoch;
    }
}
