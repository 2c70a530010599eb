using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// <c>constant-step-beats-schedulers</c> (arXiv 2309.08339 §5.2, Figure 1): full-batch Adam with the constant
/// α_ours = √(2L(w0)/(K̂T)) ends with a smaller ‖∇L‖ after T epochs than each of the seven schedulers. Checked by
/// running <see cref="SchedulersExperiment"/> on real mini-MNIST digits: Held when ‖∇L(w_T)‖ under α_ours (W at
/// s = 1, the paper's initialisation) times the margin is below every scheduler's final ‖∇L‖, Refuted otherwise.
/// Quick and standard budgets run the CI scale; thorough runs the paper scale (MLP 3×1000, 5,500 images, T = 100).
/// The expected verdict is what our paper-scale run found (see <see cref="ExpectedVerdict"/>); the evidence lists
/// every arm's final ‖∇L‖ and test accuracy, and α_ours, K̂ for each sampling scale s.
/// </summary>
public sealed class ConstantStepBeatsSchedulersClaim : IClaim
{
    private readonly MiniMnist? _data;
    private readonly double _margin;
    private readonly ExperimentScale? _scale;

    /// <summary>
    /// Creates the claim over the digits (loaded from the committed file when null); <paramref name="margin"/> above 1
    /// demands a clearer win (a planted fault at 1e3), below 1 a weaker one.
    /// </summary>
    public ConstantStepBeatsSchedulersClaim(MiniMnist? data = null, double margin = 1, ExperimentScale? scale = null)
    {
        _data = data;
        _margin = margin;
        _scale = scale;
    }

    /// <inheritdoc/>
    public IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the judge demands a win by a factor 10³", FaultTarget.Oracle, () => new ConstantStepBeatsSchedulersClaim(_data, 1e3, _scale)),
    ];

    /// <inheritdoc/>
    /// <remarks>
    /// Refuted by our paper-scale run (MLP 3×1000, 5,500 images, T = 100, seed 20260101, OpenBLAS, 35 min on 2 cores):
    /// W at s = 1 gives K̂ = 0.356 and α_ours = 0.36, too large to train (final loss 2.25, ‖∇L‖ 0.21, test accuracy
    /// 0.12) while the best scheduler (linear from 1e-3) ends at ‖∇L‖ 0.047 and 0.94; ratio 4.5. With W at s = 3,
    /// K̂ = 182 and α_ours = 0.016 end at ‖∇L‖ 0.024 and loss 0.040, below every scheduler (test accuracy 0.88). At
    /// s = 1.5 the network dies (‖∇L‖ 0.007 at loss ln 10): a small final ‖∇L‖ alone does not mean training worked.
    /// At CI scale the s = 1 ratio is near 1 and is not asserted.
    /// </remarks>
    public ClaimDefinition Definition { get; } = new(
        Id: "constant-step-beats-schedulers",
        Citation: new("arXiv 2309.08339", "§5.2 (1), Figure 1", "[SRC] empirical claim; schedulers' settings and W are [REC] (Table 2 is not in our copy)"),
        Statement: "Full-batch Adam with the constant α_ours = √(2L(w0)/(K̂T)) reaches a smaller ‖∇L‖ after T epochs than each of the seven schedulers (linear, step, √, inverse time, exponential, one-cycle, cosine).",
        Hypotheses: "MLP with ReLU, mini-MNIST (real digits), full batch, torch.optim.Adam with β = (0.9, 0.999), ρ = 1e-8; K̂ by Algorithm 2 with W = PyTorch's default initialisation (s = 1); schedulers from α0 = 1e-3.",
        Variant: "pytorch-adam (bias correction, ε outside √v̂), float32",
        ExpectedVerdict: Verdict.Refuted,
        Cases: new CaseBudget(8, 8, 8))
    {
        Presets = [AdamPresets.PyTorchAdam],
    };

    /// <inheritdoc/>
    public string Id => Definition.Id;

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Definition.ExpectedVerdict;

    /// <summary>The scale a budget runs at.</summary>
    public static ExperimentScale ScaleFor(BudgetLevel budget) => budget == BudgetLevel.Thorough ? ExperimentScale.Paper : ExperimentScale.Ci;

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        ExperimentScale scale = _scale ?? ScaleFor(settings.Budget);
        ExperimentResult result = new ExperimentRunner(_data ?? MiniMnist.From(MnistDigits.Load())).Run(new SchedulersExperiment(), scale);
        return Judge(result, settings.Seed, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The verdict on an experiment's result (also used on results computed elsewhere).</summary>
    public ClaimResult Judge(ExperimentResult result, ulong seed, double seconds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArmResult ours = result.Arms.First(a => a.IsAlphaOurs && a.Smoothness.SamplingScale == 1);
        var schedulers = result.Arms.Where(a => !a.IsAlphaOurs).ToList();
        ArmResult best = schedulers.MinBy(a => a.Final.GradientNorm)!;
        double ratio = ours.Final.GradientNorm * _margin / best.Final.GradientNorm;
        // An arm that stopped early (a non-finite gradient) did not reach the horizon the others ran to: it cannot win.
        bool held = double.IsFinite(ours.Final.GradientNorm) && ratio < 1 && ours.Final.Epoch == result.Arms.Max(a => a.Final.Epoch);
        string arms = string.Join("; ", result.Arms.Select(a => string.Create(CultureInfo.InvariantCulture,
            $"{a.Label} ‖∇L‖ {a.Final.GradientNorm:G3}, loss {a.Final.Loss:G3}, acc {a.Final.TestAccuracy:F3}{(a.IsAlphaOurs ? $" (K̂ {a.Smoothness.KHat:G3}, α_ours {a.Smoothness.AlphaOurs:G3})" : string.Empty)}")));
        string evidence = string.Create(CultureInfo.InvariantCulture,
            $"{result.Scale} scale, {ours.Epochs.Count - 1} epochs: α_ours = {ours.Smoothness.AlphaOurs:G3} (K̂ = {ours.Smoothness.KHat:G3}, L(w0) = {ours.Smoothness.InitialLoss:G4}) ends at ‖∇L‖ = {ours.Final.GradientNorm:G3}; best scheduler {best.Label} at {best.Final.GradientNorm:G3} (ratio {ratio:G3}{(_margin != 1 ? $", margin {_margin:G3}" : string.Empty)}). {arms}.");
        return ClaimResult.For(Definition, held ? Verdict.Held : Verdict.Refuted, result.Arms.Count, result.Arms.Count, seed, null, seconds, ratio, evidence);
    }
}
