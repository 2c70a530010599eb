using Adam.Verification.Counterexamples.Phase;
using Adam.Verification.Counterexamples.Reddi;
using Adam.Verification.Counterexamples.Zhang;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Empirical.Experiments.Output;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// The report's figures, a deterministic function of (budget, seed): the Zhang phase map for n = 10 (RECONSTRUCTED sum),
/// the Reddi (C, β2) map, the adam-rate-quarter rate fits, and the curves of the schedulers experiment (arXiv
/// 2309.08339 §5.2) on real digits at CI scale (its paper-scale run is `adamv experiment schedulers --scale paper`).
/// Grids: 16×16 / 32×32 / 48×48 for quick / standard / thorough.
/// </summary>
public static class ReportFigures
{
    /// <summary>The names of the figures a report holds (figures/NAME.svg).</summary>
    public static IReadOnlyList<string> Names { get; } = ["zhang-n10", "reddi", "rate-quarter", "experiment-schedulers"];

    /// <summary>Computes the figures.</summary>
    public static IReadOnlyList<ReportFigure> Compute(BudgetLevel budget, ulong seed)
    {
        int side = budget switch
        {
            BudgetLevel.Quick => 16,
            BudgetLevel.Standard => 32,
            _ => 48,
        };
        var grid = new PhaseGrid(side, side);
        PhaseMap zhang = ZhangPhase.Compute(10, grid, seed);
        ZhangBoundaryPoint b0 = ZhangBoundary.Find(0, 10, seed);
        PhaseMap reddi = ReddiPhase.Compute(grid, 30);
        var reddiMarkers = new List<(double, double)>();
        foreach (int c in ReddiPhase.TablePeriods.Where(c => c <= 30))
        {
            if (ReddiCycleDrift.Threshold(new PeriodicLinearProblem(c, c)) is { } t)
            {
                reddiMarkers.Add((c, t));
            }
        }

        var rates = AdamRateQuarterClaim.Studies(seed)
            .Select((study, i) => (study.Objective.Name, study.Measure(AdamRateQuarterClaim.Horizons, AdamRateQuarterClaim.ReplicatesFor(budget), SeededRandom.DeriveSeed(seed, (ulong)i))))
            .ToArray();
        ExperimentResult schedulers = new ExperimentRunner(MiniMnist.From(MnistDigits.Load())).Run(new SchedulersExperiment(), ExperimentScale.Ci);
        return
        [
            new ReportFigure("zhang-n10", "Zhang et al. 2022, n = 10 (reconstructed sum)", PhaseSvg.Render(zhang, b0.Beta2Star is { } s ? [(0.0, s)] : []), $"Drift-oracle classes on a {grid} grid; the ring is β2*(β1 = 0) = {b0.Beta2Star:0.000000} by bisection. The function is a RECONSTRUCTION (docs/claims.md#zhang-divergence-region)."),
            new ReportFigure("reddi", "Reddi et al. 2018, Theorem 2's period-C problem, β1 = 0", PhaseSvg.Render(reddi, reddiMarkers), $"Exact 3-cycle drift at C = 3, drift oracle elsewhere, {grid} grid; rings are β2*(C) from the exact stationary cycle."),
            new ReportFigure("rate-quarter", "adam-rate-quarter: (1/T)Σ‖∇F‖₁ against T", RateFitSvg.Render("2507.05966 schedule: fitted exponents with 95% bootstrap intervals", rates), $"{AdamRateQuarterClaim.ReplicatesFor(budget)} replicates per horizon; bars are ±2 SE."),
            new ReportFigure("experiment-schedulers", "arXiv 2309.08339 §5.2: α_ours against the seven schedulers (CI scale)", ExperimentSvg.Render(schedulers), $"Full-batch Adam on real MNIST digits, {BaseSettings.For(ExperimentScale.Ci).Describe()}. α_ours arms for W's scale s = 1, 1.5, 2, 3 and for the W calibrated to the paper's α_ours = 0.045 are thick."),
        ];
    }
}
