using FsCheck;
using Adam.Verification.Counterexamples.Reddi;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Properties.Counterexamples;

/// <summary>Reddi et al. 2018: the shrunk counterexample, the constants and the drift oracle (verdicts and planted faults: <see cref="Theory.Claims.PlantedFaultRegistryTests"/>).</summary>
public sealed class ReddiClaimTests
{
    private static ClaimRunSettings Quick => new(BudgetLevel.Quick, PropertySeeds.SuiteSeed());

    [Fact]
    public void The_naive_conjecture_is_refuted_with_a_shrunk_replayable_reddi_instance()
    {
        var claim = new AdamConvergesConjectureClaim();
        ClaimResult r = claim.Check(Quick);
        Assert.True(r.Verdict == Verdict.Refuted, ReplayLine.Line(r, BudgetLevel.Quick));
        ReddiOnlineInstance shrunk = claim.FromJson(r.Counterexample!.InstanceJson);
        Assert.Null(claim.UnmetHypothesis(shrunk));
        Assert.True(shrunk.Beta1 < Math.Sqrt(shrunk.Beta2));
        Assert.False(claim.Evaluate(shrunk).Holds);
        Assert.Contains("(β1, β2, C) = (", r.Counterexample.Description, StringComparison.Ordinal);
        Assert.Equal(ReddiConstructions.Theorem2Period(shrunk.Beta1, shrunk.Beta2), shrunk.Period);

        // The conclusion can hold: with β2 above the exact threshold of a small period, Adam reaches x* = −1.
        var converging = shrunk with { LargeGradient = 4, Period = 4, Beta1 = 0, Beta2 = 0.99, BiasCorrection = false, Epsilon = 0, Alpha = 0.5 };
        Assert.True(claim.Evaluate(converging).Holds, claim.Evaluate(converging).Detail);
    }

    [Fact]
    public void Theorem_two_sufficient_constants_match_the_table_of_claims_md()
    {
        Assert.Equal(16, ReddiConstructions.Theorem2Period(0, 0.5));
        Assert.Equal(40, ReddiConstructions.Theorem2Period(0.5, 0.5));
        Assert.Equal(3214, ReddiConstructions.Theorem2Period(0.9, 0.99));
        Assert.Equal(42620, ReddiConstructions.Theorem2Period(0.9, 0.999));
        Assert.Throws<ArgumentException>(() => ReddiConstructions.Theorem2Period(0.8, 0.5));
    }

    [SeededProperty(Cases = 30)]
    public Property The_exact_cycle_drift_equals_the_closed_form_three_cycle_and_the_drift_oracle()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => (C: r.Uniform(2.05, 50), B2: r.Uniform(0.01, 0.999))), c =>
        {
            double closed = ReddiCycleDrift.ThreeCycle(c.C, c.B2);
            double general = ReddiCycleDrift.Exact(new PeriodicLinearProblem(c.C, 3), c.B2);
            Assert.True(Math.Abs(closed - general) <= 1e-12 * (1 + Math.Abs(closed)), $"{closed} vs {general}");
            double oracle = ReddiCycleDrift.Oracle(new PeriodicLinearProblem(c.C, 3), c.B2).Mean;
            Assert.True(Math.Abs(oracle - closed) <= 1e-6 * (1 + Math.Abs(closed)), $"oracle {oracle} vs exact {closed}");
        });
    }

    [Fact]
    public void The_drift_oracle_matches_the_exact_drift_for_longer_periods_and_the_threshold_is_the_published_one()
    {
        foreach (int c in new[] { 4, 10, 20 })
        {
            var problem = new PeriodicLinearProblem(c, c);
            Assert.Equal(ReddiCycleDrift.Exact(problem, 0.95), ReddiCycleDrift.Oracle(problem, 0.95).Mean, 1e-8);
        }

        Assert.Equal(0.098, ReddiCycleDrift.Threshold(new PeriodicLinearProblem(10, 3))!.Value, 3);
    }

    [SeededProperty(Cases = 12)]
    public Property The_sign_of_the_stationary_drift_decides_where_the_iterate_ends()
    {
        // P2.4: negative drift ⇔ the run ends at +1; cases keep 1−β2 a factor 1.5 away from the exact threshold. Near the
        // threshold |D| is small, so the horizon is sized from the drift: period k moves x by about a·|D|/√(kC), so n
        // periods travel about 2a·|D|·√(n/C); n is chosen for a travel of 3 (three times the distance from 0 to ±1).
        return Replayable.ForAll(Seeded.Arbitrary(r => (C: r.NextInt(3, 12), Above: r.Bernoulli(0.5), A: r.Uniform(0.2, 1))), c =>
        {
            var problem = new PeriodicLinearProblem(c.C, c.C);
            double gap = 1 - ReddiCycleDrift.Threshold(problem)!.Value;
            double beta2 = c.Above ? 1 - (gap / 1.5) : 1 - Math.Min(0.99, gap * 1.5);
            double drift = ReddiCycleDrift.Exact(problem, beta2);
            AdamOptions options = AdamPresets.ReddiAdam.Template.With(beta1: 0, beta2: beta2, epsilon: 0);
            double travelPeriods = c.C * Math.Pow(3 / (2 * c.A * Math.Abs(drift)), 2);
            int periods = (int)Math.Clamp(Math.Ceiling(travelPeriods), 20_000 / c.C, 2_000_000 / c.C);
            (double[] starts, _) = OnlineRun.Run(problem, options, InversePowerSchedule.InverseSqrt(c.A), 0, periods);
            Assert.True(drift < 0 ? starts[^1] == 1.0 : starts[^1] < -0.5, $"C = {c.C}, β2 = {beta2}: drift {drift}, {periods} periods, last period start {starts[^1]}");
        });
    }
}
