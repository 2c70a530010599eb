using Adam.Verification.Counterexamples.SummableSteps;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Claims.Lipschitz;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// The arXiv 2309.08339 / 2507.05966 claims of issue 3 at the CI budget, each beside the planted fault that must
/// change its verdict.
/// </summary>
public sealed class ConstantStepClaimTests
{
    private static ClaimRunSettings Quick => new(BudgetLevel.Quick, PropertyRunner.SuiteSeed());

    [Fact]
    public void The_bound_as_printed_is_refuted_by_a_shrunk_case_with_gamma_inf_plus_rho_above_one()
    {
        var claim = new ConstantStepBoundAsPrintedClaim();
        ClaimResult r = claim.Check(Quick);
        Assert.Equal(Verdict.Refuted, r.Verdict);
        ConstantStepInstance shrunk = claim.FromJson(r.Counterexample!.InstanceJson);
        Assert.False(claim.Evaluate(shrunk).Holds);
        Algorithm1Run run = Algorithm1Run.Execute(shrunk);
        Assert.True(run.CoordinateGamma + run.Rho > 1, "the printed bound can only fail when γ∞ + ρ > 1");
        Assert.True(run.MinGradientNorm <= run.CorrectedBound, "the corrected bound must hold on the counterexample");
    }

    [Fact]
    public void The_corrected_bound_holds_and_a_quarter_of_it_is_refuted()
    {
        ClaimResult held = new ConstantStepBoundCorrectedClaim().Check(Quick);
        Assert.True(held.Verdict == Verdict.Held, held.Evidence);
        Assert.Equal(Verdict.Refuted, new ScaledBoundClaim(0.25).Check(Quick).Verdict);
    }

    [Fact]
    public void The_momentum_bound_holds_statistically()
    {
        ClaimResult r = new ConstantStepBoundMomentumClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
    }

    [Fact]
    public void Vacuity_holds_and_a_horizon_formula_with_rho_instead_of_rho_squared_is_caught()
    {
        ClaimResult r = new ConstantStepVacuityClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        var planted = new ConstantStepVacuityClaim(informativeHorizon: (k, gap, gamma, rho) => 2 * k * gap / (gamma * gamma * rho));
        Assert.Equal(Verdict.Refuted, planted.Check(Quick).Verdict);
    }

    [Fact]
    public void Theorem_one_reaches_epsilon_within_its_budget_but_not_within_a_hundredth_of_it()
    {
        ClaimResult r = new ConstantStepReachesEpsilonClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new ConstantStepReachesEpsilonClaim(budgetFactor: 0.01).Check(Quick).Verdict);
    }

    [Fact]
    public void Monotone_descent_holds_below_two_rho_over_K_and_fails_far_above_it()
    {
        ClaimResult r = new ConstantStepMonotoneDescentClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new ConstantStepMonotoneDescentClaim(stepLimitFactor: 20).Check(Quick).Verdict);
    }

    [Fact]
    public void Summable_steps_stall_and_a_floor_three_times_higher_is_refuted()
    {
        ClaimResult r = new SummableStepsStallClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new SummableStepsStallClaim(marginFactor: 3).Check(Quick).Verdict);
    }

    [Fact]
    public void Algorithm_two_stays_below_K_and_a_K_ten_percent_low_is_caught()
    {
        ClaimResult r = new LipschitzEstimateBelowKClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new LipschitzEstimateBelowKClaim(f => 0.9 * f.Facts.SmoothnessK!.Value).Check(Quick).Verdict);
    }

    [Fact]
    public void Algorithm_two_converges_on_F2_and_F5_but_never_exceeds_K()
    {
        ClaimResult r = new LipschitzEstimateConvergesClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Contains("PlantedCos", r.Evidence, StringComparison.Ordinal);
        Assert.Equal(Verdict.Refuted, new LipschitzEstimateConvergesClaim(level: 1.01).Check(Quick).Verdict);
    }

    [Fact]
    public void Stochastic_constant_step_reaches_its_epsilon_but_not_a_tenth_of_it()
    {
        ClaimResult r = new StochasticConstantStepClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.Equal(Verdict.Refuted, new StochasticConstantStepClaim(epsilonFactor: 0.1).Check(Quick).Verdict);
    }

    [Fact]
    public void The_sign_like_schedule_gives_rate_T_to_the_minus_quarter_but_not_T_to_the_minus_half()
    {
        ClaimResult r = new AdamRateQuarterClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, r.Evidence);
        Assert.NotEqual(Verdict.Held, new AdamRateQuarterClaim(limit: -0.5).Check(Quick).Verdict);
    }

    private sealed class ScaledBoundClaim(double factor) : ConstantStepBoundClaim
    {
        public override string Id => "planted-scaled-bound";

        public override string Statement => "planted";

        public override string Hypotheses => "planted";

        public override Verdict ExpectedVerdict => Verdict.Held;

        protected override double Bound(Algorithm1Run run) => factor * run.CorrectedBound;
    }
}
