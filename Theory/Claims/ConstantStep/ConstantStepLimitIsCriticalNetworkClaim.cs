using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// <c>constant-step-limit-is-critical@networks</c> (docs/claims.md#networks): <see cref="ConstantStepLimitIsCriticalClaim"/>
/// along full-batch training of generated networks. The bound needs no constant of the objective (only the run's own
/// gradients and steps), so the statement is checked as it stands and the verdict carries no qualifier. Cases: β1 ~
/// U[0, 0.99), β2 ~ U[0, 0.9999), ρ log-uniform in [1e-8, 1], bias correction or not, α log-uniform in [1e-3, 0.3],
/// T = 300. The gradient the statement bounds is always the family's exact one; a planted oracle fault changes only the
/// gradient the update is given. Budgets: 40 / 200 / 1,000 cases.
/// </summary>
public sealed class ConstantStepLimitIsCriticalNetworkClaim : InstanceClaim<LimitIsCriticalNetworkInstance>
{
    /// <summary>T.</summary>
    public const long Horizon = 300;

    private readonly INetworkFamily _family;
    private readonly bool _decayingStep;

    /// <summary>Creates the claim on <paramref name="family"/> (its oracle fault, if any, is the gradient the update is given).</summary>
    /// <param name="family">The networks.</param>
    /// <param name="decayingStep">Plants the schedule fault α_t = α·0.99^(t−1) (false: the claim).</param>
    public ConstantStepLimitIsCriticalNetworkClaim(INetworkFamily family, bool decayingStep = false)
    {
        ArgumentNullException.ThrowIfNull(family);
        _family = family;
        _decayingStep = decayingStep;
        ClaimDefinition analytic = new ConstantStepLimitIsCriticalClaim().Definition;
        Definition = analytic with
        {
            Id = analytic.Id + ClaimDefinition.NetworksSuffix,
            Objectives = ObjectiveKind.Networks,
            Hypotheses = analytic.Hypotheses + " Cases: full-batch training from the network's w0, T = 300, α log-uniform in [1e-3, 0.3], ρ log-uniform in [1e-8, 1]; " + family.WithFault(NetworkOracleFault.None).Description + ".",
            Cases = new CaseBudget(40, 200, 1_000),
        };
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update's step decays, α_t = α·0.99^(t−1) (summable), although the statement's is constant", FaultTarget.Schedule, () => new ConstantStepLimitIsCriticalNetworkClaim(_family, decayingStep: true)),
        new PlantedFault("the network gradient the update is given drops every bias term", FaultTarget.Oracle, () => new ConstantStepLimitIsCriticalNetworkClaim(_family.WithFault(NetworkOracleFault.DroppedBiasGradient), _decayingStep)),
    ];

    /// <inheritdoc/>
    public override LimitIsCriticalNetworkInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ulong network = random.NextSeed();
        double b1 = random.Uniform(0, 0.99);
        double b2 = random.Uniform(0, 0.9999);
        double rho = Math.Exp(random.Uniform(Math.Log(1e-8), 0));
        bool bias = random.Bernoulli(0.5);
        double alpha = Math.Exp(random.Uniform(Math.Log(1e-3), Math.Log(0.3)));
        return new LimitIsCriticalNetworkInstance(network, b1, b2, rho, bias, alpha, Horizon);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(LimitIsCriticalNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Beta1 is < 0 or >= 1 || instance.Beta2 is < 0 or >= 1 || !(instance.Rho > 0) || !(instance.Alpha > 0) ? "β1 or β2 outside [0, 1), or ρ or α not positive" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(LimitIsCriticalNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        GeneratedNetwork truth = _family.WithFault(NetworkOracleFault.None).Draw(new SeededRandom(instance.NetworkSeed));
        IObjective oracle = _family.Fault == NetworkOracleFault.None ? truth.Objective : _family.Draw(new SeededRandom(instance.NetworkSeed)).Objective;
        double alpha = instance.Alpha;
        Func<long, double> step = _decayingStep ? t => alpha * Math.Pow(ConstantStepLimitIsCriticalClaim.DecayRatio, t - 1) : _ => alpha;
        StepBoundRun run = StepBoundedGradient.Measure(truth.Objective, oracle, truth.Start, instance.Options(), alpha, step, withMomentumTerm: true, instance.Horizon);
        return new CaseOutcome(
            run.WorstRatio <= 1,
            run.WorstRatio,
            string.Create(CultureInfo.InvariantCulture, $"largest |∂_i L|/bound {run.WorstRatio:G4} at t = {run.WorstStep}, i = {run.WorstCoordinate}; at the end ‖Δ‖∞ = {run.LastStep:G3}, ‖∇L‖∞ = {run.LastGradient:G3} (largest {run.LargestGradient:G4}){(run.Finite ? string.Empty : "; the run overflowed and was checked up to there")}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<LimitIsCriticalNetworkInstance> Shrink(LimitIsCriticalNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.BiasCorrection)
        {
            yield return instance with { BiasCorrection = false };
        }

        LimitIsCriticalNetworkInstance round = instance with { Beta1 = RoundBelowOne(instance.Beta1, 1), Beta2 = RoundBelowOne(instance.Beta2, 2) };
        if (round != instance)
        {
            yield return round;
        }

        if (instance.Horizon > 10)
        {
            yield return instance with { Horizon = instance.Horizon / 3 };
        }
    }

    /// <summary>β rounded to <paramref name="digits"/> decimals, kept when rounding would reach 1 (outside the hypothesis).</summary>
    private static double RoundBelowOne(double beta, int digits)
    {
        double rounded = Math.Round(beta, digits);
        return rounded < 1 ? rounded : beta;
    }

    /// <inheritdoc/>
    public override string Describe(LimitIsCriticalNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        string network = _family.Draw(new SeededRandom(instance.NetworkSeed)).Description;
        return string.Create(CultureInfo.InvariantCulture, $"{network}: Adam β1 = {instance.Beta1:G3}, β2 = {instance.Beta2:G4}, ρ = {instance.Rho:G3}, {(instance.BiasCorrection ? "bias-corrected" : "no bias correction")}, constant α = {instance.Alpha:G3}, T = {instance.Horizon}");
    }
}
