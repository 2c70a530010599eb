namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// The settings every experiment starts from. Paper scale (§5.2, Figure 1): the 3-hidden-layer MLP with 1,000 nodes
/// per layer, full batch on the 5,500 mini-MNIST images, T = 100 epochs, ρ = 1e−8, β = (0.9, 0.999), K̂ from N = 5
/// draws of W (the paper does not state N). CI scale: width 32, 100 images per digit, T = 30, N = 3.
/// </summary>
public static class BaseSettings
{
    /// <summary>The base settings at <paramref name="scale"/>.</summary>
    public static TrainingSettings For(ExperimentScale scale) => scale == ExperimentScale.Paper
        ? new TrainingSettings(new Architecture(3, 1000), Epochs: 100, BatchSize: null, TrainPerClass: 550, KHatSamples: 5, PowerIterations: 20)
        : new TrainingSettings(new Architecture(3, 32), Epochs: 30, BatchSize: null, TrainPerClass: 100, KHatSamples: 3, PowerIterations: 15);

    /// <summary>The α_ours arm for the given settings.</summary>
    public static Arm AlphaOurs(TrainingSettings settings, string label = "α_ours") =>
        new(label, settings, c => new Theory.Schedules.ConstantSchedule(c.AlphaOurs)) { IsAlphaOurs = true };
}
