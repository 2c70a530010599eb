using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>growing-batch-adam-nonconvergence</c> (arXiv 2309.08339 §5.3, which leaves Adam's convergence with growing
/// mini-batches open, and arXiv 2407.08100, whose summary names unboundedly growing mini-batches as a break condition
/// [SEC]; measurement [REC]; docs/claims.md#growing-batch-adam-nonconvergence), statistical, expected Held: under a
/// constant rate and batches that grow without bound, Adam's increments do not shrink with the noise while SGD's do. On ℓ(θ, x) = (θ − x)², d = 1, X ~ N(0, 1), with
/// J_n = ⌈n^p⌉ for p ∈ {1, 2} and γ = 0.01 (<see cref="GrowingBatchRun"/>): Adam (β = (0.9, 0.999), ε = 1e-8) keeps
/// E(ΔΘ)² over n ∈ (3.6e4, 4e4] at least <see cref="LeastScaledIncrement"/>·γ², and the mean over paths of its per-path
/// ratio to the window n ∈ (1.2e4, 1.6e4] at least <see cref="LeastWindowRatio"/>; SGD with the same rates and batches
/// has that mean ratio at most <see cref="LargestSgdRatio"/>. Paths: 400 / 1,000 / 4,000 per configuration.
/// </summary>
public sealed class GrowingBatchAdamNonConvergenceClaim : StatisticalClaim
{
    /// <summary>γ.</summary>
    public const double Rate = 0.01;

    /// <summary>The least late-window E(ΔΘ)²/γ² for Adam (measured 0.003 to 0.03; (1 − β1)/(1 + β1) = 0.053 at batch 1).</summary>
    public const double LeastScaledIncrement = 1e-3;

    /// <summary>The least late/early window ratio for Adam ("does not collapse"), as in deep-network-nonconvergence.</summary>
    public const double LeastWindowRatio = 0.25;

    /// <summary>The largest late/early window ratio for SGD (its increments fall like 1/J_n: (14,000/38,000)^p ≈ 0.37 or 0.14).</summary>
    public const double LargestSgdRatio = 0.6;

    /// <summary>The batch growth powers p.</summary>
    public static IReadOnlyList<double> Powers { get; } = [1, 2];

    private readonly double _epsilon;
    private readonly bool _decayingRate;
    private readonly bool _fixedBatch;

    /// <summary>Creates the claim.</summary>
    /// <param name="epsilon">The ε Adam's update uses (1e-8; 1 plants an update whose steps are no longer normalised by √v̂).</param>
    /// <param name="decayingRate">Plants a schedule fault: the update uses γ/√n instead of the constant γ.</param>
    /// <param name="fixedBatch">Plants a construction fault: the batches stay at 1 instead of growing.</param>
    public GrowingBatchAdamNonConvergenceClaim(double epsilon = 1e-8, bool decayingRate = false, bool fixedBatch = false)
    {
        _epsilon = epsilon;
        _decayingRate = decayingRate;
        _fixedBatch = fixedBatch;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "growing-batch-adam-nonconvergence",
        Citation: new("arXiv 2309.08339 §5.3 (growing batches, as cited there) and Dereich, Graeber & Jentzen, arXiv 2407.08100 (break condition, as summarised)", "growing mini-batches and constant-rate Adam", "[SEC] statements; measurement and constants [REC] docs/claims.md#growing-batch-adam-nonconvergence"),
        Statement: "Under a constant rate and batches that grow without bound, Adam's increments do not shrink with the noise while SGD's do, up to N = 4e4: on (θ − X)², X ~ N(0, 1), with J_n = ⌈n^p⌉ (p = 1, 2) and γ = 0.01, Adam's E(Θ_n − Θ_(n−1))² over n ∈ (3.6e4, 4e4] stays at least 1e-3·γ² and the mean over paths of its ratio to the window n ∈ (1.2e4, 1.6e4] at least 0.25, while SGD's mean ratio is at most 0.6.",
        Hypotheses: "ℓ(θ, x) = (θ − x)², d = 1, X i.i.d. N(0, 1); batch sizes J_n = ⌈n^p⌉ → ∞ (outside Thm 1.1's sup J < ∞); a constant rate γ = 0.01; β1² < β2; the batch mean drawn exactly as N(0, 1/J_n).",
        Variant: "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, constant γ = 0.01, Θ0 = 0; the contrast is plain SGD with the same rates and batches",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => NonVanishingRateNonConvergenceClaim.PathsFor(level)))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "draws each batch mean exactly as N(0, 1/J_n), which needs the d = 1 Gaussian data; a network's batches of size n² cannot be drawn at these horizons."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("Adam's update uses ε = 1, so its steps are no longer normalised by √v̂", FaultTarget.Update, () => new GrowingBatchAdamNonConvergenceClaim(epsilon: 1), Cases: 50),
        new PlantedFault("the update's rate decays, γ/√n, although the statement's is constant", FaultTarget.Schedule, () => new GrowingBatchAdamNonConvergenceClaim(decayingRate: true), Cases: 50),
        new PlantedFault("the batches stay at 1 instead of growing", FaultTarget.Construction, () => new GrowingBatchAdamNonConvergenceClaim(fixedBatch: true), Cases: 50),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IStepSchedule stated = new ConstantSchedule(Rate);
        IStepSchedule used = _decayingRate ? InversePowerSchedule.InverseSqrt(Rate) : stated;
        AdamOptions adam = new(alpha: Rate, beta1: 0.9, beta2: 0.999, epsilon: _epsilon);
        var checks = new List<SubCheck>();
        var notes = new List<string>();
        int k = 0;
        foreach (double power in Powers)
        {
            double grown = _fixedBatch ? 0 : power;
            GrowingBatchRun a = GrowingBatchRun.Measure(adam, used, grown, samples, SeededRandom.DeriveSeed(settings.Seed, (ulong)k++));
            GrowingBatchRun s = GrowingBatchRun.Measure(null, used, grown, samples, SeededRandom.DeriveSeed(settings.Seed, (ulong)k++));
            string name = string.Create(CultureInfo.InvariantCulture, $"J_n = ⌈n^{power:G2}⌉{(_fixedBatch ? " (used: 1)" : string.Empty)}");
            checks.Add(SubCheck.Mean($"{name}: Adam late E(ΔΘ)²/γ²", a.LateIncrement.DividedBy(Rate * Rate), LeastScaledIncrement, Direction.AtLeast));
            checks.Add(SubCheck.Mean($"{name}: Adam late/early window", a.WindowRatio, LeastWindowRatio, Direction.AtLeast));
            checks.Add(SubCheck.Mean($"{name}: SGD late/early window", s.WindowRatio, LargestSgdRatio, Direction.AtMost));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: late E(Θ − EX)² Adam {a.LateSquaredError.Mean:G3}, SGD {s.LateSquaredError.Mean:G3}"));
        }

        return new Measurement(checks, k * samples, [], notes);
    }
}
