using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.ConstantStep;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// What the arXiv 2309.08339 claims show beyond their verdicts (the verdicts and planted faults of every claim are
/// checked by <see cref="PlantedFaultRegistryTests"/>).
/// </summary>
public sealed class ConstantStepClaimTests
{
    private static ClaimRunSettings Quick => new(BudgetLevel.Quick, PropertySeeds.SuiteSeed());

    [Fact]
    public void The_bound_as_printed_is_refuted_by_a_shrunk_case_with_gamma_inf_plus_rho_above_one()
    {
        var claim = new ConstantStepBoundAsPrintedClaim();
        ClaimResult r = claim.Check(Quick);
        Assert.True(r.Verdict == Verdict.Refuted, ReplayLine.Line(r, BudgetLevel.Quick));
        ConstantStepInstance shrunk = claim.FromJson(r.Counterexample!.InstanceJson);
        Assert.False(claim.Evaluate(shrunk).Holds);
        Algorithm1Run run = Algorithm1Run.Execute(shrunk);
        Assert.True(run.CoordinateGamma + run.Rho > 1, "the printed bound can only fail when γ∞ + ρ > 1; " + ReplayLine.Line(r, BudgetLevel.Quick));
        Assert.True(run.MinGradientNorm <= run.CorrectedBound, "the corrected bound must hold on the counterexample; " + ReplayLine.Line(r, BudgetLevel.Quick));
    }

    [Fact]
    public void The_corrected_bound_counts_cases_met_before_Adam_moves_as_trivial_and_states_its_power()
    {
        ClaimResult r = new ConstantStepBoundCorrectedClaim().Check(Quick);
        Assert.True(r.Verdict == Verdict.Held, ReplayLine.Line(r, BudgetLevel.Quick));
        Assert.NotNull(r.NonTrivialCases);
        Assert.InRange(r.NonTrivialCases!.Value, 1, r.CasesMeetingHypotheses);
        Assert.Contains("Power: a violation rate of", r.Evidence, StringComparison.Ordinal);
        Assert.Contains("Targeted search: no violation", r.Evidence, StringComparison.Ordinal);
    }
}
