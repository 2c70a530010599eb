namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// One training configuration of arXiv 2309.08339 §5: Adam as <c>torch.optim.Adam</c> (bias correction, ε = ρ outside
/// √v̂) with β1, β2 and ρ; <paramref name="Epochs"/> = T, the horizon in α_ours = √(2L(w0)/(K̂T)) (the paper sets T to
/// the number of epochs); full batch when <paramref name="BatchSize"/> is null, else shuffled mini-batches (a new
/// permutation per epoch, the last short batch kept); training on the first <paramref name="TrainPerClass"/> mini-MNIST
/// training images of each digit and testing on all 1,000 test images.
/// Algorithm 2 draws <paramref name="KHatSamples"/> points from W = PyTorch's default initialisation with every bound
/// times <paramref name="SamplingScale"/> s and runs at most <paramref name="PowerIterations"/> power iterations each;
/// with <paramref name="TargetAlphaOurs"/> set, s is instead calibrated so that α_ours equals it (<see cref="ScaleCalibration"/>).
/// <paramref name="Seed"/> drives the initialisation, W's draws, the power iterations and the mini-batch order.
/// </summary>
public sealed record TrainingSettings(
    Architecture Architecture,
    int Epochs,
    int? BatchSize,
    int TrainPerClass,
    double Rho = 1e-8,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    int KHatSamples = 5,
    int PowerIterations = 20,
    double SamplingScale = 1,
    ulong Seed = 20260101,
    double? TargetAlphaOurs = null)
{
    /// <summary>A one-line description.</summary>
    public string Describe() =>
        $"{Architecture}, T = {Epochs} epochs, {(BatchSize is int b ? $"batch {b}" : "full batch")}, {TrainPerClass * 10} training images, ρ = {Rho:G3}, β = ({Beta1}, {Beta2}), K̂ from N = {KHatSamples} draws of W ({(TargetAlphaOurs is double t ? $"s calibrated to α_ours = {t}" : $"s = {SamplingScale}")}), ≤ {PowerIterations} power iterations, seed {Seed}";
}
