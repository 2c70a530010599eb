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

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// The report's figures, a deterministic function of (budget, seed, claims): the Zhang phase map for n = 10
/// (RECONSTRUCTED sum), the Reddi (C, β2) map, the adam-rate-quarter rate fits, and the curves of the schedulers
/// experiment (arXiv 2309.08339 §5.2) on real digits at CI scale (its paper-scale run is
/// `adamv experiment schedulers --scale paper`). Each figure belongs to the claims it illustrates (<see cref="ClaimsOf"/>),
/// and a report computes only the figures of the claims it holds. The rate figure draws the adam-rate-quarter claim's own
/// runs (<see cref="AdamRateQuarterClaim.Measurements"/>, shared within the process); no claim computes the phase maps'
/// grids or trains the schedulers experiment in verify, so those are computed for the figure. Grids: 16×16 / 32×32 / 48×48 for quick / standard / thorough.
/// </summary>
public static class ReportFigures
{
    /// <summary>The names of the figures a report may hold (figures/NAME.svg).</summary>
    public static IReadOnlyList<string> Names { get; } = ["zhang-n10", "reddi", "rate-quarter", "experiment-schedulers"];

    /// <summary>The claims each figure illustrates: a report holds the figure when it holds one of them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ClaimsOf { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["zhang-n10"] = ["zhang-divergence-region"],
        ["reddi"] = ["reddi-period3", "reddi-any-beta"],
        ["rate-quarter"] = ["adam-rate-quarter"],
        ["experiment-schedulers"] = ["constant-step-beats-schedulers"],
    };

    /// <summary>What a report without figures says instead.</summary>
    public static string NoneText { get; } = "No figure belongs to the claims in this report (the figures illustrate " + string.Join(", ", ClaimsOf.Values.SelectMany(v => v)) + ").";

    /// <summary>
    /// The names of the figures that belong to <paramref name="claimIds"/>, in report order: every figure for a report of
    /// the whole catalogue (which includes the schedulers experiment's curves, whose claim runs under
    /// <c>adamv experiment schedulers</c>), else the figures of the claims held.
    /// </summary>
    public static IReadOnlyList<string> For(IEnumerable<string> claimIds)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        var ids = claimIds.ToHashSet(StringComparer.Ordinal);
        return Catalogue.All().All(c => ids.Contains(c.Id)) ? Names : [.. Names.Where(n => ClaimsOf[n].Any(ids.Contains))];
    }

    /// <summary>Computes the figures that belong to <paramref name="claimIds"/>.</summary>
    public static IReadOnlyList<ReportFigure> Compute(BudgetLevel budget, ulong seed, IEnumerable<string> claimIds)
    {
        IReadOnlyList<string> wanted = For(claimIds);
        int side = budget switch
        {
            BudgetLevel.Quick => 16,
            BudgetLevel.Standard => 32,
            _ => 48,
        };
        var grid = new PhaseGrid(side, side);
        var figures = new List<ReportFigure>();
        if (wanted.Contains("zhang-n10"))
        {
            PhaseMap zhang = ZhangPhase.Compute(10, grid, seed);
            ZhangBoundaryPoint b0 = ZhangBoundary.Find(0, 10, seed);
            figures.Add(new ReportFigure("zhang-n10", "Zhang et al. 2022, n = 10 (reconstructed sum)", PhaseSvg.Render(zhang, b0.Beta2Star is { } s ? [(0.0, s)] : []), $"Drift-oracle classes on a {grid} grid; the ring is β2*(β1 = 0) = {b0.Beta2Star:0.000000} by bisection. The function is a RECONSTRUCTION (docs/claims.md#zhang-divergence-region)."));
        }

        if (wanted.Contains("reddi"))
        {
            PhaseMap reddi = ReddiPhase.Compute(grid, 30);
            var reddiMarkers = new List<(double, double)>();
            foreach (int c in ReddiPhase.TablePeriods.Where(c => c <= 30))
            {
                if (ReddiCycleDrift.Threshold(new PeriodicLinearProblem(c, c)) is { } t)
                {
                    reddiMarkers.Add((c, t));
                }
            }

            figures.Add(new ReportFigure("reddi", "Reddi et al. 2018, Theorem 2's period-C problem, β1 = 0", PhaseSvg.Render(reddi, reddiMarkers), $"Exact 3-cycle drift at C = 3, drift oracle elsewhere, {grid} grid; rings are β2*(C) from the exact stationary cycle."));
        }

        if (wanted.Contains("rate-quarter"))
        {
            // The claim's own runs (computed once per process): the figure shows what the verdict was judged on.
            var rates = AdamRateQuarterClaim.Measurements(seed, AdamRateQuarterClaim.ReplicatesFor(budget)).ToArray();
            figures.Add(new ReportFigure("rate-quarter", "adam-rate-quarter: (1/T)Σ‖∇F‖₁ against T", RateFitSvg.Render("2507.05966 schedule: fitted exponents with 95% bootstrap intervals", rates), $"{AdamRateQuarterClaim.ReplicatesFor(budget)} replicates per horizon (the runs the claim makes at this seed and budget, shared with it in one process); bars are ±2 SE."));
        }

        if (wanted.Contains("experiment-schedulers"))
        {
            ExperimentResult schedulers = new ExperimentRunner(MiniMnist.From(MnistDigits.Load())).Run(new SchedulersExperiment(), ExperimentScale.Ci);
            figures.Add(new ReportFigure("experiment-schedulers", "arXiv 2309.08339 §5.2: α_ours against the seven schedulers (CI scale)", ExperimentSvg.Render(schedulers), $"Full-batch Adam on real MNIST digits, {BaseSettings.For(ExperimentScale.Ci).Describe()}. α_ours arms for W's scale s = 1, 1.5, 2, 3 and for the W calibrated to the paper's α_ours = 0.045 are thick."));
        }

        return figures;
    }
}
