using Adam.Verification.Counterexamples.Reddi;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// The (C, β2) phase maps of Reddi et al.'s two online problems with β1 = 0 (docs/claims.md#reddi-period3): Diverge means x
/// ends at the worst point +1.
/// <list type="bullet">
/// <item><see cref="ReddiMap.PeriodThree"/>, Theorem 1's problem (period 3, gradients C, −1, −1): every cell is the exact
/// stationary 3-cycle drift; Theorem 1's curve β2 = 1/(1+C²) is overlaid.</item>
/// <item><see cref="ReddiMap.PeriodC"/>, Theorem 2's problem (gradient C once every C steps, −1 otherwise; equal to
/// Theorem 1's at C = 3): C = 3 uses the exact 3-cycle drift, the others the drift oracle; the overlaid curve is this
/// problem's own exact boundary β2*(C), the root of its stationary cycle drift.</item>
/// </list>
/// </summary>
public static class ReddiPhase
{
    /// <summary>The smallest 1 − β2 drawn.</summary>
    public const double MinGap = 1e-4;

    /// <summary>The C values of the boundary table.</summary>
    public static IReadOnlyList<int> TablePeriods { get; } = [3, 4, 5, 6, 10, 20, 50];

    /// <summary>Computes the map of <paramref name="problem"/> for C = 3 … <paramref name="maxPeriod"/> spread over the columns.</summary>
    public static PhaseMap Compute(PhaseGrid grid, int maxPeriod = 50, int? maxDegreeOfParallelism = null, PhaseShard? shard = null, ReddiMap problem = ReddiMap.PeriodC)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (maxPeriod < 4 || maxPeriod > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPeriod), maxPeriod, "the largest period C must lie in [4, 10000].");
        }

        var cells = new PhaseCell[grid.Width * grid.Height];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, cells.Length, options, index =>
        {
            if (shard is not null && !shard.Includes(index))
            {
                return;
            }

            int row = index / grid.Width, column = index % grid.Width;
            int c = ColumnPeriod(column, grid.Width, maxPeriod);
            double beta2 = PhaseMap.RowBeta2(row, grid.Height, MinGap);
            if (c == 3 || problem == ReddiMap.PeriodThree)
            {
                double exact = ReddiCycleDrift.ThreeCycle(c, beta2);
                cells[index] = new PhaseCell(column, row, c, beta2, exact, 0, CellVerdicts.FromExact(exact), "exact 3-cycle");
            }
            else
            {
                DriftEstimate d = ReddiCycleDrift.Oracle(new PeriodicLinearProblem(c, c), beta2);
                cells[index] = new PhaseCell(column, row, c, beta2, d.Mean, d.StandardError, CellVerdicts.FromEstimate(d), "oracle");
            }
        });
        return Frame(grid, maxPeriod, cells.Where(c => c is not null).ToArray(), problem);
    }

    /// <summary>The map for the grid and C ≤ <paramref name="maxPeriod"/> around the given cells (all of them, or a shard's).</summary>
    public static PhaseMap Frame(PhaseGrid grid, int maxPeriod, IReadOnlyList<PhaseCell> cells, ReddiMap problem = ReddiMap.PeriodC)
    {
        ArgumentNullException.ThrowIfNull(grid);
        bool three = problem == ReddiMap.PeriodThree;
        (double, double)[] curve = three
            ? [.. Enumerable.Range(0, 201).Select(i => 3 + ((maxPeriod - 3) * i / 200.0)).Select(c => (c, 1 / (1 + (c * c))))]
            : [.. Enumerable.Range(0, 121).Select(i => (int)Math.Round(3 + ((maxPeriod - 3) * i / 120.0))).Distinct()
                .Select(c => (C: c, B: Threshold(ReddiMap.PeriodC, c))).Where(p => p.B is not null).Select(p => ((double)p.C, p.B!.Value))];
        return new PhaseMap(
            three
                ? "Reddi et al. 2018, Theorem 1's problem: period 3, gradients (C, −1, −1); β1 = 0 (Reddi's ADAM, ε = 0)"
                : "Reddi et al. 2018, Theorem 2's problem: gradient C once every C steps, −1 otherwise; β1 = 0 (Reddi's ADAM, ε = 0)",
            three ? "C (the large gradient; the period is 3)" : "C (period and large gradient)",
            3 - (ColumnStep(grid.Width, maxPeriod) / 2),
            maxPeriod + (ColumnStep(grid.Width, maxPeriod) / 2),
            MinGap,
            grid.Width,
            grid.Height,
            cells,
            curve,
            three ? "β2 = 1/(1+C²) (Thm 1's choice)" : "β2*(C): exact stationary drift = 0",
            [
                "Diverge: stationary per-period drift Σ g/√v < 0, x ends at the worst point +1 (no bias correction)",
                three
                    ? "every cell: the exact stationary 3-cycle drift (P2.4); the curve is Thm 1's choice β2 = 1/(1+C²)"
                    : "C = 3: exact stationary 3-cycle drift (P2.4); other C: drift oracle; the curve is the exact cycle drift's root",
            ])
        {
            XColumn = "c",
        };
    }

    /// <summary>β2*(C) of <paramref name="problem"/>: the root of its exact stationary cycle drift (null when none).</summary>
    public static double? Threshold(ReddiMap problem, int c) =>
        ReddiCycleDrift.Threshold(problem == ReddiMap.PeriodThree ? new PeriodicLinearProblem(c, 3) : new PeriodicLinearProblem(c, c));

    /// <summary>The period of column j: C = 3 … max spread evenly (rounded).</summary>
    public static int ColumnPeriod(int column, int width, int maxPeriod) =>
        (int)Math.Round(3 + (ColumnStep(width, maxPeriod) * column));

    private static double ColumnStep(int width, int maxPeriod) => (maxPeriod - 3) / (double)(width - 1);
}
