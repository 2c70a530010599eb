using Adam.Verification.Counterexamples.Reddi;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// The (C, β2) phase map of Reddi et al.'s period-C problem (f_t = Cx once per period C, −x otherwise; Thm 2's form,
/// equal to Thm 1's problem at C = 3) with β1 = 0 (issue 4 §3; docs/claims.md#reddi-period3): cells at C = 3 use the exact stationary
/// 3-cycle drift, the others the drift oracle; the curve β2 = 1/(1+C²) (Thm 1's choice) is overlaid. Diverge means x
/// ends at the worst point +1.
/// </summary>
public static class ReddiPhase
{
    /// <summary>The smallest 1 − β2 drawn.</summary>
    public const double MinGap = 1e-4;

    /// <summary>The C values of the boundary table.</summary>
    public static IReadOnlyList<int> TablePeriods { get; } = [3, 4, 6, 10, 20, 50];

    /// <summary>Computes the map for C = 3 … <paramref name="maxPeriod"/> spread over the columns.</summary>
    public static PhaseMap Compute(PhaseGrid grid, int maxPeriod = 50, int? maxDegreeOfParallelism = null, PhaseShard? shard = null)
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
            var problem = new PeriodicLinearProblem(c, c);
            if (c == 3)
            {
                double exact = ReddiCycleDrift.ThreeCycle(c, beta2);
                cells[index] = new PhaseCell(column, row, c, beta2, exact, 0, CellVerdicts.FromExact(exact), "exact 3-cycle");
            }
            else
            {
                DriftEstimate d = ReddiCycleDrift.Oracle(problem, beta2);
                cells[index] = new PhaseCell(column, row, c, beta2, d.Mean, d.StandardError, CellVerdicts.FromEstimate(d), "oracle");
            }
        });
        return Frame(grid, maxPeriod, cells.Where(c => c is not null).ToArray());
    }

    /// <summary>The map for the grid and C ≤ <paramref name="maxPeriod"/> around the given cells (all of them, or a shard's).</summary>
    public static PhaseMap Frame(PhaseGrid grid, int maxPeriod, IReadOnlyList<PhaseCell> cells)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var curve = Enumerable.Range(0, 201).Select(i => 3 + ((maxPeriod - 3) * i / 200.0)).Select(c => (c, 1 / (1 + (c * c)))).ToArray();
        return new PhaseMap(
            "Reddi et al. 2018 period-C problem, β1 = 0 (Reddi's ADAM, ε = 0)",
            "C (period and large gradient)",
            3 - (ColumnStep(grid.Width, maxPeriod) / 2),
            maxPeriod + (ColumnStep(grid.Width, maxPeriod) / 2),
            MinGap,
            grid.Width,
            grid.Height,
            cells,
            curve,
            "β2 = 1/(1+C²) (Thm 1)",
            ["Diverge: stationary per-period drift Σ g/√v < 0, x ends at the worst point +1 (no bias correction)", "C = 3: exact stationary 3-cycle drift (P2.4); other C: drift oracle; Thm 1's β2 = 1/(1+C²) hugs the bottom"]);
    }

    /// <summary>The period of column j: C = 3 … max spread evenly (rounded).</summary>
    public static int ColumnPeriod(int column, int width, int maxPeriod) =>
        (int)Math.Round(3 + (ColumnStep(width, maxPeriod) * column));

    private static double ColumnStep(int width, int maxPeriod) => (maxPeriod - 3) / (double)(width - 1);
}
