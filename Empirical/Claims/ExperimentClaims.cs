using System.Globalization;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// The §5 experiments of arXiv 2309.08339 stated as claims (docs/claims.md#constant-step-beats-schedulers-at-every-depth), each judged per W by
/// <see cref="ExperimentClaim"/>. They train networks on real digits and stay outside <c>verify</c>'s catalogue.
/// </summary>
public static class ExperimentClaims
{
    /// <summary>§5.2 (1), Figure 1: α_ours beats the seven schedulers on the §5.2 network.</summary>
    /// <remarks>
    /// Our paper-scale run (MLP 3×1000, 5,500 images, T = 100, seed 20260101, OpenBLAS on one thread, 50 minutes, with W's
    /// calibration bracket then [1, 4]): the W calibrated to the paper's α_ours (s = 2.30, K̂ = 22.7, α_ours = 0.0451) ends at
    /// ‖∇L‖ 0.0425, below the best scheduler's 0.0471 (linear from 1e-3), ratio 0.90, though at loss 1.99 and test accuracy
    /// 0.19 where the schedulers reach 0.06 and 0.94. W at s = 1 (α_ours 0.36) does not train; s = 1.5 and 2 die; s = 3
    /// (α_ours 0.016) trains and wins with ratio 0.87. One replicate cannot decide, so the expected verdict there is
    /// Inconclusive (docs/claims.md#constant-step-beats-schedulers).
    /// </remarks>
    public static ExperimentClaimSpec Schedulers { get; } = new(
        Id: "constant-step-beats-schedulers",
        Citation: new("arXiv 2309.08339", "§5.2 (1), Figure 1", "[SRC] empirical claim and α_ours = 0.045; schedulers' settings and W's calibration are [REC] (Table 2 is not in our copy) docs/claims.md#constant-step-beats-schedulers"),
        Statement: "Full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) reaches a smaller ‖∇L‖ after T epochs than each of the seven schedulers (linear, step, √, inverse time, exponential, one-cycle, cosine).",
        Hypotheses: "ReLU MLP 3×1000 (CI: 3×32), mini-MNIST (real digits), full batch, T = 100 epochs (CI: 30), torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with one W (s* calibrated to Figure 1's α_ours = 0.045, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); schedulers from α0 = 1e-3; an arm wins only if it trained (loss ≤ 0.99·L(w0), test accuracy above chance + 3 SE).",
        Experiment: new SchedulersExperiment().Name,
        CalibrationTarget: SchedulersExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) => [AgainstSchedulers("schedulers", BaseSettings.For(scale), factor)],
        CiReplicates: 16,
        CiVerdict: Verdict.Inconclusive,
        Faults: [ExperimentClaimFault.BestEpoch, ExperimentClaimFault.WorstEpoch, ExperimentClaimFault.TenfoldTarget],
        CalibratedArm: SchedulersExperiment.CalibratedLabel);

    /// <summary>§5.2, Figures 1–2 (the loss curves): α_ours lowers the training loss faster than the seven schedulers and the constant rates.</summary>
    public static ExperimentClaimSpec LossCurves { get; } = new(
        Id: "constant-step-lowers-loss-faster",
        Citation: new("arXiv 2309.08339", "§5.2, pp. 9–10 (the loss curves of Figures 1 and 2)", "[SRC] statement; \"faster\" read as a smaller training loss after the same T epochs, the rivals, network, scales and W as in constant-step-beats-schedulers and constant-step-beats-constant-rates [REC] docs/claims.md#constant-step-lowers-loss-faster"),
        Statement: "Full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) ends with a smaller training loss L(w_T) after T epochs than each of the seven schedulers (linear, step, √, inverse time, exponential, one-cycle, cosine) and than Adam at each constant rate 10⁻², 10⁻³, 10⁻⁴, 10⁻⁵, α_ours/2 and 2α_ours.",
        Hypotheses: string.Create(CultureInfo.InvariantCulture, $"ReLU MLP 3×1000 (CI: 3×32), mini-MNIST, full batch, T = 100 epochs (CI: 30), torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with one W (s* calibrated to Figure 1's α_ours = {SchedulersExperiment.PaperAlphaOurs}, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); two configurations: the schedulers from α0 = 1e-3, and the fixed rates {string.Join(", ", ConstantRatesExperiment.ClaimRates(1).Select(r => r.ToString("G2", CultureInfo.InvariantCulture)))}; an arm wins only if it trained."),
        Experiment: new SchedulersExperiment().Name,
        CalibrationTarget: SchedulersExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) => [AgainstSchedulers("schedulers", BaseSettings.For(scale), factor), AgainstConstantRates(BaseSettings.For(scale), factor)],
        CiReplicates: 16,
        CiVerdict: Verdict.Inconclusive,
        Faults: [ExperimentClaimFault.WorstEpoch, ExperimentClaimFault.TenfoldTarget])
    {
        Metric = ExperimentMetric.Loss,
    };

    /// <summary>§5.2 (2), Figure 2: α_ours beats the constant rates 10⁻² … 10⁻⁵, α_ours/2 and 2α_ours.</summary>
    public static ExperimentClaimSpec ConstantRates { get; } = new(
        Id: "constant-step-beats-constant-rates",
        Citation: new("arXiv 2309.08339", "§5.2 (2) and Figure 2 (constant rates 10⁻¹ … 10⁻⁵, α_ours/2 and 2α_ours, α_ours = 0.046)", "[SRC] statement, rates, α_ours and the paper-scale network; 10⁻¹ left out as the paper reports it slightly lower; CI network, data size and T, W, and α_ours/2 and 2α_ours read as Figure 2's printed 0.023 and 0.092 [REC]"),
        Statement: "Full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) ends with a smaller ‖∇L‖ after T epochs than Adam at each constant rate 10⁻², 10⁻³, 10⁻⁴, 10⁻⁵, α_ours/2 and 2α_ours (the paper reports 10⁻¹ slightly lower than α_ours, so it is not a rival).",
        Hypotheses: string.Create(CultureInfo.InvariantCulture, $"ReLU MLP 3×1000 (CI: 3×32), mini-MNIST, full batch, T = 100 epochs (CI: 30), torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with one W (s* calibrated to Figure 2's α_ours = {ConstantRatesExperiment.PaperAlphaOurs}, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); rivals at the fixed rates {string.Join(", ", ConstantRatesExperiment.ClaimRates(1).Select(r => r.ToString("G2", CultureInfo.InvariantCulture)))} (the last two are Figure 2's printed α_ours/2 and 2α_ours); an arm wins only if it trained."),
        Experiment: new ConstantRatesExperiment().Name,
        CalibrationTarget: ConstantRatesExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) => [AgainstConstantRates(BaseSettings.For(scale), factor)],
        CiReplicates: 192,
        CiVerdict: Verdict.Held,
        Faults: [ExperimentClaimFault.TenfoldTarget, ExperimentClaimFault.RivalsBestEpoch, ExperimentClaimFault.WorstEpoch]);

    /// <summary>§5.2 and the appendix: α_ours beats the seven schedulers at depth 1, 3 and 5 and two widths.</summary>
    public static ExperimentClaimSpec DepthWidth { get; } = new(
        Id: "constant-step-beats-schedulers-at-every-depth",
        Citation: new("arXiv 2309.08339", "§5.2 (Figures 1–2 at 1, 3 and 5 hidden layers) and its appendix (other widths and depths)", "[SRC] statement; widths at CI scale and W [REC]"),
        Statement: "At every depth (1, 3 and 5 hidden layers) and width, full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) ends with a smaller ‖∇L‖ after T epochs than each of the seven schedulers.",
        Hypotheses: "ReLU MLPs of depth 1, 3, 5 at two widths (paper: 100 and 1,000; CI: 16 and 32), mini-MNIST, full batch, torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with one W for every network (s* calibrated to α_ours = 0.045 on the 3-layer network, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); schedulers from α0 = 1e-3; an arm wins only if it trained.",
        Experiment: "depth",
        CalibrationTarget: SchedulersExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) => [.. DepthWidthExperiment.Architectures(scale).Select(a =>
        {
            TrainingSettings s = BaseSettings.For(scale) with { Architecture = a };
            return AgainstSchedulers(a.ToString(), s, factor);
        })],
        CiReplicates: 24,
        CiVerdict: Verdict.Refuted,
        Faults: [ExperimentClaimFault.FaintSchedulers, ExperimentClaimFault.BestEpoch]);

    /// <summary>§5.4, Figure 6: on LeNet, full batch, α_ours beats the seven schedulers.</summary>
    public static ExperimentClaimSpec LeNet { get; } = new(
        Id: "constant-step-beats-schedulers-on-lenet",
        Citation: new("arXiv 2309.08339", "§5.4 and Figure 6 (LeNet on MNIST, full batch, α_ours = 0.044)", "[SRC] statement and α_ours; data size, T and K̂'s sampling at CI scale, W and the schedulers' settings [REC] docs/claims.md#constant-step-beats-schedulers-on-lenet"),
        Statement: "On LeNet, full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) ends with a smaller ‖∇L‖ after T epochs than each of the seven schedulers.",
        Hypotheses: string.Create(CultureInfo.InvariantCulture, $"LeNet (two convolutions with max-pooling, three dense layers, ReLU), mini-MNIST (5,500 training images; CI: 300), full batch, T = 100 epochs (CI: 10), torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with one W (s* calibrated on LeNet to Figure 6's α_ours = {LeNetExperiment.PaperAlphaOurs}, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3; CI: 2 draws of W, at most 10 power iterations); schedulers from α0 = 1e-3; an arm wins only if it trained."),
        Experiment: new LeNetExperiment().Name,
        CalibrationTarget: LeNetExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) => [AgainstSchedulers("LeNet", LeNetExperiment.Settings(scale), factor)],
        CiReplicates: 16,
        CiVerdict: Verdict.Refuted,
        Faults: [ExperimentClaimFault.FaintSchedulers, ExperimentClaimFault.UntrainedCounts])
    {
        CalibrationSettings = LeNetExperiment.Settings,
    };

    /// <summary>§5.3, Figure 3: with mini-batches of 5,000 of MNIST's 60,000 images, α_ours again beats the seven schedulers.</summary>
    public static ExperimentClaimSpec MiniBatch { get; } = new(
        Id: "constant-step-beats-schedulers-with-mini-batches",
        Citation: new("arXiv 2309.08339", "§5.3 and Figure 3 (mini-batches of 5,000 on the entire MNIST training set, α_ours = 0.012)", "[SRC] statement, batch of 5,000 and α_ours; 12 steps per epoch derived from MNIST's 60,000 training images, data size, CI batch, W and the full-batch ‖∇L‖ [REC]"),
        Statement: "With shuffled mini-batches (5,000 of MNIST's 60,000 training images, 12 steps per epoch), Adam with the constant α_ours = √(2L(w0)/(K̂T)) ends with a smaller full-batch ‖∇L‖ after T epochs than each of the seven schedulers on the same batches.",
        Hypotheses: string.Create(CultureInfo.InvariantCulture, $"ReLU MLP 3×1000 (CI: 3×32), mini-MNIST (5,500 training images, batch {BatchSizeExperiment.ClaimBatch(ExperimentScale.Paper)}; CI: 1,000 images, batch {BatchSizeExperiment.ClaimBatch(ExperimentScale.Ci)}: {BatchSizeExperiment.PaperStepsPerEpoch} steps per epoch at both scales, as 60,000/5,000 in the paper, with more gradient noise per step), a new permutation each epoch, T = 100 epochs (CI: 30), torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; α_ours from the full-batch L(w0) and K̂ with one W (s* calibrated to Figure 3's α_ours = {BatchSizeExperiment.PaperAlphaOurs}, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); schedulers from α0 = 1e-3 stepped once per epoch; an arm wins only if it trained."),
        Experiment: "batch",
        CalibrationTarget: BatchSizeExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) =>
        {
            TrainingSettings s = BaseSettings.For(scale) with { BatchSize = BatchSizeExperiment.ClaimBatch(scale) };
            return [AgainstSchedulers($"batch {s.BatchSize}", s, factor)];
        },
        CiReplicates: 64,
        CiVerdict: Verdict.Held,
        Faults: [ExperimentClaimFault.FaintSchedulers, ExperimentClaimFault.TenfoldTarget, ExperimentClaimFault.WorstEpoch]);

    /// <summary>§5.5: α_ours keeps its advantage over the schedulers at every horizon T.</summary>
    public static ExperimentClaimSpec Horizon { get; } = new(
        Id: "constant-step-beats-schedulers-at-every-horizon",
        Citation: new("arXiv 2309.08339", "§5.5 and Figures 12–15 (T = 20, 50, 150)", "[SRC] statement and horizons; network (the §5.2 MLP, not the figures' LeNet) and CI horizons [REC]"),
        Statement: "At every training horizon T (20, 50 and 150 epochs), full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) ends with a smaller ‖∇L‖ after T epochs than each of the seven schedulers run over the same T.",
        Hypotheses: "ReLU MLP 3×1000 (CI: 3×32), mini-MNIST, full batch, T = 20, 50, 150 (CI: 10, 20, 40), torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with one W for every horizon (s* calibrated to α_ours = 0.045 at the base horizon, at which the claim is judged; also s = 1, and at paper scale s = 1.5, 2, 3); schedulers from α0 = 1e-3 over the same T; an arm wins only if it trained.",
        Experiment: "horizon",
        CalibrationTarget: SchedulersExperiment.PaperAlphaOurs,
        Comparisons: (scale, factor) => [.. HorizonExperiment.Horizons(scale).Select(t =>
        {
            TrainingSettings s = BaseSettings.For(scale) with { Epochs = t };
            return AgainstSchedulers($"T = {t}", s, factor);
        })],
        CiReplicates: 20,
        CiVerdict: Verdict.Refuted,
        Faults: [ExperimentClaimFault.FaintSchedulers, ExperimentClaimFault.BestEpoch]);

    /// <summary>Every spec, in the order of the paper's sections.</summary>
    public static IReadOnlyList<ExperimentClaimSpec> Specs { get; } = [Schedulers, LossCurves, ConstantRates, DepthWidth, MiniBatch, LeNet, Horizon];

    /// <summary>The experiments that have claims of their own: those of <see cref="Specs"/>, in their order and each once, then ρ's (<see cref="RhoSmoothnessClaim"/>).</summary>
    public static IReadOnlyList<string> Experiments => [.. Specs.Select(s => s.Experiment).Distinct(), RhoSmoothnessClaim.Experiment];

    /// <summary>The ids of every claim on real digits: those of <see cref="Specs"/>, then ρ's.</summary>
    public static IReadOnlyList<string> Ids => [.. Specs.Select(s => s.Id), RhoSmoothnessClaim.ClaimId];

    /// <summary>Fresh instances of the claims of the experiment named <paramref name="experiment"/>, in the order of <see cref="Specs"/> (empty when it has none).</summary>
    public static IReadOnlyList<IClaim> ClaimsOf(string experiment) =>
        experiment == RhoSmoothnessClaim.Experiment ? [new RhoSmoothnessClaim()]
        : [.. Specs.Where(s => s.Experiment == experiment).Select(s => new ExperimentClaim(s))];

    /// <summary>The configuration <paramref name="name"/>: the seven schedulers from α0 = 1e-3 times <paramref name="factor"/> at <paramref name="settings"/>.</summary>
    private static ExperimentComparison AgainstSchedulers(string name, TrainingSettings settings, double factor) =>
        new(name, settings, [.. PaperSchedulers.Arms(settings, PaperSchedulers.BaseAlpha * factor)]);

    /// <summary>The configuration "constant rates": Figure 2's rates of <see cref="ConstantRatesExperiment.ClaimRates"/> times <paramref name="factor"/> at <paramref name="settings"/>.</summary>
    private static ExperimentComparison AgainstConstantRates(TrainingSettings settings, double factor) =>
        new("constant rates", settings, [.. ConstantRatesExperiment.ClaimArms(settings, factor)]);
}
