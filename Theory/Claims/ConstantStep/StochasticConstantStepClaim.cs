using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Oracles;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>stochastic-constant-step</c> (arXiv 2309.08339 Theorem 2 [SRC], quantified by the corrected bound [REC]),
/// statistical. On finite sums whose component gradients agree in sign coordinate by coordinate (hypothesis (b)), in two
/// kinds — multiplicative sums F_i = s_i·F over F2/F5 (a sampled gradient points along ∇F), and coordinate-weighted
/// pseudo-Huber sums F_i = Σ_k a_{i,k}·φ̃(x_k − c_k) (a third of the cases; components of different shapes, so a sampled
/// gradient is not parallel to ∇F) — sampled with replacement (mean convention, E g = ∇F), Algorithm 1 with β1 = 0,
/// ρ = γ_g and Theorem 1's α built from γ_g = max s·γ or max a·γ (the bound on every sampled gradient): min_t E‖∇F(w_t)‖ ≤ ε with
/// ε = √max(1, γ∞_g+ρ)·(2Kδ²(F0−F*)/T)^{1/4}. E is a mean over P = 16 paths; the conclusion fails only when
/// min_t (mean − 3·SE) exceeds ε. What the run finds is reported; the expected verdict is the observed one.
/// Budgets: 20 / 100 / 500 cases.
/// </summary>
public sealed class StochasticConstantStepClaim : InstanceClaim<StochasticInstance>
{
    private static readonly long[] Horizons = [300, 1000, 3000];
    private static readonly ObjectiveFamily[] Families = [ObjectiveFamily.CauchySum, ObjectiveFamily.RastriginLike];

    private readonly double _epsilonFactor;
    private readonly double _stepScale;

    /// <summary>Creates the claim.</summary>
    /// <param name="epsilonFactor">Scales ε (1 = the claim; a small factor plants a too-strong target).</param>
    /// <param name="stepScale">The step the update takes as a multiple of Theorem 2's α (1 = the claim).</param>
    public StochasticConstantStepClaim(double epsilonFactor = 1, double stepScale = 1)
    {
        _epsilonFactor = epsilonFactor;
        _stepScale = stepScale;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update takes a thousandth of Theorem 2's α", FaultTarget.Update, () => new StochasticConstantStepClaim(stepScale: 1e-3)),
        new PlantedFault("ε computed ten times too small", FaultTarget.Oracle, () => new StochasticConstantStepClaim(epsilonFactor: 0.1)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "stochastic-constant-step",
        Citation: new("arXiv 2309.08339", "Theorem 2 (stochastic Adam, constant step)", "[SRC] statement; ε from the corrected bound [REC]"),
        Statement: "On finite sums whose component gradients agree in sign, stochastic Algorithm 1 (with-replacement sampling, β1 = 0) with Theorem 1's α reaches min_t E‖∇L(w_t)‖ ≤ √max(1, γ∞+ρ)·(2Kδ²(L0−L*)/T)^{1/4}, γ and γ∞ bounding the sampled gradients.",
        Hypotheses: "L = mean of L_j with coordinate-wise sign agreement of ∇L_j; K-smooth; sampled gradients bounded by γ; β1 = 0.",
        Variant: "2309.08339 Algorithm 1 with a with-replacement oracle",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(20, 100, 500))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.NotApplicable, "needs the component gradients to agree in sign coordinate by coordinate everywhere, which per-sample network gradients do not do in general."),
    };

    /// <inheritdoc/>
    public override StochasticInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        // A third of the cases are coordinate-weighted pseudo-Huber sums (components of different shapes), the rest
        // multiplicative sums over the other families (components s_j·F, whose sampled gradients point along ∇F).
        bool weighted = random.Bernoulli(1.0 / 3);
        ObjectiveFamily family = weighted ? ObjectiveFamily.PseudoHuber : random.Choose(Families);
        ulong seed = random.NextUInt64();
        int d = random.NextInt(2, 8);
        double[] start = ConstantStepInstance.DrawStart(ObjectiveGenerator.Draw(family, new SeededRandom(seed), d), 3, random);
        var instance = new ConstantStepInstance(family, seed, d, start, 1, false, random.Choose(Horizons), 0, random.Uniform(0.9, 0.9999), false);
        return new StochasticInstance(instance, random.NextInt(2, 8), random.NextUInt64(), 16) { CoordinateWeighted = weighted };
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(StochasticInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Case.Beta1 != 0 || instance.Paths < 2 ? "β1 ≠ 0 or fewer than two paths" : instance.Case.MissingFacts();
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(StochasticInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        IObjective f = instance.Case.Objective();
        (IFiniteSumObjective sum, double sMax) = instance.Sum(f);

        ObjectiveFacts facts = f.Facts;
        double gamma = sMax * facts.GradientBound!.Value, gammaInf = sMax * (facts.CoordinateGradientBound ?? facts.GradientBound!.Value);
        double rho = instance.Case.Rho * gamma, delta = PaperStepSizes.Delta(gamma, rho);
        double gap = Math.Max(double.Epsilon, f.Value(instance.Case.Start) - facts.OptimalValue!.Value);
        long horizon = instance.Case.Horizon;
        double alpha = PaperStepSizes.AlphaStar(facts.OptimalValue.Value + gap, facts.OptimalValue.Value, facts.SmoothnessK!.Value, gamma, rho, horizon);
        double epsilon = _epsilonFactor * ConstantStepBound.Corrected(facts.SmoothnessK.Value, delta, gap, horizon, gammaInf, rho);
        var norms = new double[horizon][];
        for (int t = 0; t < horizon; t++)
        {
            norms[t] = new double[instance.Paths];
        }

        alpha *= _stepScale;
        var options = new AdamOptions(alpha: alpha, beta1: 0, beta2: instance.Case.Beta2, epsilon: rho, biasCorrection: false);
        for (int p = 0; p < instance.Paths; p++)
        {
            var spec = new RunSpec(sum, new FiniteSumOracle(sum, SamplingScheme.WithReplacement, SeededRandom.DeriveSeed(instance.SumSeed, (ulong)p + 1)), new AdamOptimizer(options, f.Dimension), new ConstantSchedule(alpha), instance.Case.Start, horizon)
            {
                Record = RecordFields.GradientNorm,
            };
            IReadOnlyList<StepRecord> records = Runner.Run(spec).Records;
            for (int t = 0; t < records.Count; t++)
            {
                norms[t][p] = records[t].GradientNorm!.Value;
            }
        }

        MonteCarloSummary best = norms.Select(n => MonteCarloSummary.Of(n)).MinBy(s => s.Mean - (3 * s.StandardError))!;
        double ratio = (best.Mean - (3 * best.StandardError)) / epsilon;
        return new CaseOutcome(ratio <= 1, ratio, string.Create(CultureInfo.InvariantCulture, $"{sum.Name}, T = {horizon}: min_t E‖∇L(w_t)‖ ≈ {best} vs ε = {epsilon:G4} (γ_g = {gamma:G4}, α = {alpha:G4})"));
    }

    /// <inheritdoc/>
    public override string Describe(StochasticInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"{ConstantStepShrinker.Describe(instance.Case)}, {(instance.CoordinateWeighted ? "coordinate-weighted" : "multiplicative")} finite sum n = {instance.Components}, sampling seed {instance.SumSeed}, {instance.Paths} paths");
    }
}
