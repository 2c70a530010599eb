using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// <c>sgd-noise-floor</c> (docs/claims.md#sgd-noise-floor), statistical, expected Held: the SGD half of the talk on
/// Zhang et al. 2022 — SGD's gradient norm settles at a floor of order η·D0. Made exact on the finite sum
/// f(x) = (1/n)Σ_i (a/2)‖x − c_i‖² in ℝ^d, sampled uniformly with replacement: with e_k = x_k − c̄ and V = (1/n)Σ‖c_i − c̄‖²,
/// <code>
/// e_(k+1) = (1 − ηa)·e_k + ηa·(c̄ − c_(i_k)),   E‖∇f(x_k)‖² = a²·[(1 − ηa)^(2k)‖e_0‖² + ηa·V/(2 − ηa)·(1 − (1 − ηa)^(2k))],
/// </code>
/// so the floor is ηa·D0/(2 − ηa) with D0 = a²V = E‖∇f_i(x*) − ∇f(x*)‖², at most ηK·D0 for ηa ≤ 1 and never 0. Checked on
/// eight configurations: ηa ∈ {0.01, 0.1, 0.5, 1.5}, each with n ~ U{3..8}, d ~ U{1..4}, c_i ~ N(0, I), x0 ~ c̄ + N(0, I)
/// at the curvatures a0 and 100·a0, a0 = 10^U[−1, 1]:
/// the mean of ‖∇f(x_k)‖² over k ∈ (K/2, K], K = 20/(ηa), averaged over paths, divided by the exact expectation over the
/// same window, lies in [0.75, 4/3], each side with its margin (16 sub-checks). Paths per configuration: 500 / 2,000 / 8,000.
/// </summary>
public sealed class SgdNoiseFloorClaim : StatisticalClaim
{
    private static readonly double[] StepCurvatures = [0.01, 0.1, 0.5, 1.5];
    private static readonly double[] CurvatureScales = [1, 100];
    private readonly FloorFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the runs (none by default).</summary>
    public SgdNoiseFloorClaim(FloorFault fault = FloorFault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the runs.</summary>
    public enum FloorFault
    {
        /// <summary>SGD with a constant step, one sampled component per step.</summary>
        None,

        /// <summary>The step decays as η/√k (the floor vanishes).</summary>
        DecayingStep,

        /// <summary>The full gradient in place of a sampled component's (no noise, no floor).</summary>
        FullGradient,

        /// <summary>Adam (β = (0.9, 0.999), ε = 1e-8) with step η in place of SGD.</summary>
        AdamUpdate,

        /// <summary>The prediction uses the small-step floor ηa·D0/2 (the −ηa of 2 − ηa dropped).</summary>
        SmallStepFormula,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "sgd-noise-floor",
        Citation: new("Zhang, Chen, Shi, Sun & Luo 2022 (talk)", "the SGD contrast: ‖∇f(x_k)‖² = O(1/√k) + O(η_k·D0)", "[SEC] order; exact constant [REC]"),
        Statement: "SGD with a constant step η on f = (1/n)Σ(a/2)‖x − c_i‖², one uniformly sampled component per step, has E‖∇f(x_k)‖² → ηa·D0/(2 − ηa) (D0 = (1/n)Σ‖∇f_i(x*)‖²): a floor of order η·D0, at most ηK·D0 for ηa ≤ 1, exactly as the finite-k formula predicts.",
        Hypotheses: "0 < ηa < 2; n ≥ 2 components with distinct c_i (D0 > 0); components sampled independently and uniformly.",
        Variant: "not optimizer-specific: plain SGD (Adam's contrast)",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(500, 2_000, 8_000))
    {
        Networks = new(NetworkUse.NotApplicable, "the floor is stated through the exact D0 and a, which only the quadratic finite sum gives in closed form."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the step decays as η/√k", FaultTarget.Schedule, () => new SgdNoiseFloorClaim(FloorFault.DecayingStep), Cases: 100),
        new PlantedFault("the full gradient in place of a sampled component's", FaultTarget.Oracle, () => new SgdNoiseFloorClaim(FloorFault.FullGradient), Cases: 100),
        new PlantedFault("Adam's update in place of SGD's", FaultTarget.Update, () => new SgdNoiseFloorClaim(FloorFault.AdamUpdate), Cases: 100),
        new PlantedFault("the prediction uses ηa·D0/2, dropping the −ηa", FaultTarget.Oracle, () => new SgdNoiseFloorClaim(FloorFault.SmallStepFormula), Cases: 100),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var notes = new List<string>();
        for (int c = 0; c < StepCurvatures.Length; c++)
        {
            var random = new SeededRandom(SeededRandom.DeriveSeed(settings.Seed, (ulong)c));
            int n = random.NextInt(3, 8), d = random.NextInt(1, 4);
            double a0 = Math.Pow(10, random.Uniform(-1, 1));
            double[][] centres = [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.Normal()).ToArray())];
            double[] mean = [.. Enumerable.Range(0, d).Select(j => centres.Average(ci => ci[j]))];
            double spread = centres.Average(ci => ci.Select((x, j) => (x - mean[j]) * (x - mean[j])).Sum());
            int horizon = (int)Math.Ceiling(20 / StepCurvatures[c]);
            ulong pathStream = random.NextUInt64();
            for (int k = 0; k < CurvatureScales.Length; k++)
            {
                // The same centres at curvatures a and 100a: the floor scales with a, a step blind to the gradient's scale does not.
                double a = a0 * CurvatureScales[k], eta = StepCurvatures[c] / a;
                double[] ratios = new double[samples];
                for (int p = 0; p < samples; p++)
                {
                    ratios[p] = PathRatio(new SeededRandom(SeededRandom.DeriveSeed(SeededRandom.DeriveSeed(pathStream, (ulong)k), (ulong)p)), centres, mean, spread, a, eta, horizon);
                }

                MonteCarloSummary summary = MonteCarloSummary.Of(ratios);
                string name = string.Create(CultureInfo.InvariantCulture, $"ηa = {StepCurvatures[c]:G2} (n = {n}, d = {d}, a = {a:G3}, D0 = {a * a * spread:G3}): mean ‖∇f‖² over k ∈ ({horizon / 2}, {horizon}] / its exact expectation");
                checks.Add(SubCheck.Mean(name + " ≥ 0.75", summary, 0.75, Direction.AtLeast));
                checks.Add(SubCheck.Mean(name + " ≤ 4/3", summary, 4.0 / 3, Direction.AtMost));
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"ηa = {StepCurvatures[c]:G2}, a = {a:G3}: floor ηa·D0/(2 − ηa) = {StepCurvatures[c] * a * a * spread / (2 - StepCurvatures[c]):G4} against ηK·D0 = {eta * a * a * a * spread:G4}"));
            }
        }

        return new Measurement(checks, samples * StepCurvatures.Length * CurvatureScales.Length, [], notes);
    }

    /// <summary>One path: the window's mean of ‖∇f(x_k)‖² over the window's exact expectation.</summary>
    private double PathRatio(SeededRandom random, double[][] centres, double[] mean, double spread, double a, double eta, int horizon)
    {
        int d = mean.Length;
        double[] x = [.. mean.Select(m => m + random.Normal())];
        double e0 = x.Select((xi, j) => (xi - mean[j]) * (xi - mean[j])).Sum();
        double q = (1 - (eta * a)) * (1 - (eta * a)), floor = eta * a * spread / (_fault == FloorFault.SmallStepFormula ? 2 : 2 - (eta * a));
        var adam = new AdamOptions(alpha: eta, beta1: 0.9, beta2: 0.999, epsilon: 1e-8);
        var state = new AdamState(d);
        double[] g = new double[d];
        double measured = 0, expected = 0, qk = 1;
        for (int k = 1; k <= horizon; k++)
        {
            // x_k after k steps: first the step, then the window's bookkeeping.
            double[] c = centres[random.NextInt(centres.Length)];
            for (int j = 0; j < d; j++)
            {
                g[j] = a * (x[j] - (_fault == FloorFault.FullGradient ? mean[j] : c[j]));
            }

            double step = _fault == FloorFault.DecayingStep ? eta / Math.Sqrt(k) : eta;
            if (_fault == FloorFault.AdamUpdate)
            {
                AdamUpdate.Step(adam, state, x, g, step);
            }
            else
            {
                for (int j = 0; j < d; j++)
                {
                    x[j] -= step * g[j];
                }
            }

            qk *= q;
            if (k > horizon / 2)
            {
                double norm = 0;
                for (int j = 0; j < d; j++)
                {
                    norm += a * a * (x[j] - mean[j]) * (x[j] - mean[j]);
                }

                measured += norm;
                expected += a * a * ((qk * e0) + (floor * (1 - qk)));
            }
        }

        return measured / expected;
    }
}
