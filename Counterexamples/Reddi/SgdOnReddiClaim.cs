using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>sgd-converges-on-reddi</c> (docs/claims.md#sgd-converges-on-reddi), expected Held: the contrast the talk on Zhang
/// et al. 2022 quotes from Reddi et al.'s authors — on Reddi et al.'s problems, where Adam's regret grows linearly, projected online gradient descent with
/// η_t = η/√t has regret R_t = Σ_{k≤t} f_k(x_k) − min_{x∈[−1,1]} Σ_{k≤t} f_k(x) ≤ D²√t/(2η) + (√t − 1/2)·η·G²
/// for every t (D = 2 the diameter of [−1, 1], G = max(C, s); Zinkevich 2003, Theorem 1), so R_t/t → 0.
/// Cases: Thm 1's problem (P = 3, C ~ U[2.05, 20)), Thm 2's (P = C, C even in 4–40) or §5's (C = 1010, s = 10,
/// P = 101), each with s = 1 unless stated; η = 10^U[−1, 0.5]·D/G; x1 ~ U[−1, 1]; T = 20,000. Budgets: 60 / 300 / 3,000.
/// </summary>
public sealed class SgdOnReddiClaim : InstanceClaim<SgdReddiInstance>
{
    private const int Horizon = 20_000;
    private static readonly int[] ShorterHorizons = [100, 1_000, 5_000];
    private readonly SgdFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the run (none by default).</summary>
    public SgdOnReddiClaim(SgdFault fault = SgdFault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the run.</summary>
    public enum SgdFault
    {
        /// <summary>Projected SGD with η/√t.</summary>
        None,

        /// <summary>Reddi's ADAM (β1 = 0, β2 = 1/(1 + C²), no bias correction) with α_t = η/√t in place of SGD.</summary>
        AdamUpdate,

        /// <summary>A constant step η in place of η/√t.</summary>
        ConstantStep,

        /// <summary>The gradient oracle returns −g_t.</summary>
        FlippedGradient,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "sgd-converges-on-reddi",
        Citation: new("Zhang, Chen, Shi, Sun & Luo 2022 (talk, quoting Reddi et al.'s authors), on Reddi et al. 2018's problems", "the SGD contrast; the bound is Zinkevich 2003, Theorem 1", "[SEC] contrast; bound [SRC] Zinkevich; cases [REC]"),
        Statement: "On f_t = Cx (t mod P = 1), −sx otherwise, over [−1, 1], projected SGD with η_t = η/√t has regret R_t ≤ D²√t/(2η) + (√t − 1/2)ηG² for every t (D = 2, G = max(C, s)), so R_t/t → 0 where Adam's regret grows linearly.",
        Hypotheses: "C > (P − 1)·s > 0 (so x* = −1); η > 0; x1 ∈ [−1, 1].",
        Variant: "not optimizer-specific: projected online gradient descent (Adam's contrast), regret against the best fixed x in hindsight",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(60, 300, 3_000))
    {
        Networks = new(NetworkUse.NotApplicable, "a statement about Reddi et al.'s online linear constructions over [−1, 1], not about a family of objectives."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("Reddi's ADAM (β1 = 0, β2 = 1/(1+C²)) in place of SGD", FaultTarget.Update, () => new SgdOnReddiClaim(SgdFault.AdamUpdate)),
        new PlantedFault("a constant step η in place of η/√t", FaultTarget.Schedule, () => new SgdOnReddiClaim(SgdFault.ConstantStep)),
        new PlantedFault("the gradient oracle returns −g", FaultTarget.Oracle, () => new SgdOnReddiClaim(SgdFault.FlippedGradient)),
    ];

    /// <inheritdoc/>
    public override SgdReddiInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        (double c, int p, double s) = random.NextInt(3) switch
        {
            0 => (random.Uniform(2.05, 20), 3, 1.0),
            1 => (2.0 * random.NextInt(2, 20), 0, 1.0),
            _ => (1010.0, 101, 10.0),
        };
        p = p == 0 ? (int)c : p;
        double eta = Math.Pow(10, random.Uniform(-1, 0.5)) * 2 / Math.Max(c, s);
        return new SgdReddiInstance(c, p, s, eta, random.Uniform(-1, 1), Horizon);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SgdReddiInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Period < 2 || !(instance.SmallGradient > 0) || !(instance.LargeGradient - ((instance.Period - 1) * instance.SmallGradient) > 0))
        {
            return "C ≤ (P − 1)·s: −1 is not the minimiser";
        }

        return instance.Eta > 0 && double.IsFinite(instance.Eta) && instance.Start is >= -1 and <= 1 && instance.Horizon >= 1 ? null : "η ≤ 0, x1 outside [−1, 1] or T < 1";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SgdReddiInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        PeriodicLinearProblem problem = instance.Problem();
        double g2 = instance.GradientBound * instance.GradientBound;
        var adam = new AdamOptions(alpha: instance.Eta, beta1: 0, beta2: ReddiConstructions.Theorem1Beta2(instance.LargeGradient), epsilon: 1e-8, biasCorrection: false, epsilonPlacement: EpsilonPlacement.InsideRoot, projection: new Box(-1, 1));
        var state = new AdamState(1);
        Span<double> x = [instance.Start];
        Span<double> g = [0.0];
        double loss = 0, sum = 0, worst = double.NegativeInfinity, regretAtWorst = 0;
        long worstT = 0;
        for (long t = 1; t <= instance.Horizon; t++)
        {
            double gt = problem.GradientAt(t);
            loss += gt * x[0];
            sum += gt;
            double regret = loss + Math.Abs(sum);
            double root = Math.Sqrt(t);
            double bound = (4 * root / (2 * instance.Eta)) + ((root - 0.5) * instance.Eta * g2);
            double ratio = regret / bound;
            if (ratio > worst)
            {
                (worst, worstT, regretAtWorst) = (ratio, t, regret);
            }

            g[0] = _fault == SgdFault.FlippedGradient ? -gt : gt;
            double eta = _fault == SgdFault.ConstantStep ? instance.Eta : instance.Eta / root;
            if (_fault == SgdFault.AdamUpdate)
            {
                AdamUpdate.Step(adam, state, x, g, eta);
            }
            else
            {
                x[0] = Math.Clamp(x[0] - (eta * g[0]), -1, 1);
            }
        }

        double final = loss + Math.Abs(sum);
        return new CaseOutcome(
            worst <= 1 + 1e-9,
            worst,
            string.Create(CultureInfo.InvariantCulture, $"largest R_t/bound = {worst:G6} at t = {worstT} (R_t = {regretAtWorst:G6}); R_T/T = {final / instance.Horizon:G4} at T = {instance.Horizon}, x_T = {x[0]:G6}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<SgdReddiInstance> Shrink(SgdReddiInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (int t in ShorterHorizons.Where(t => t < instance.Horizon))
        {
            yield return instance with { Horizon = t };
        }

        if (instance.Start != 0)
        {
            yield return instance with { Start = 0 };
        }
    }

    /// <inheritdoc/>
    public override string Describe(SgdReddiInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }
}
