using Adam.Verification.Counterexamples.Zhang;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// The (β1, β2) phase map of the RECONSTRUCTED Zhang sum for one n (issue 4 §3; docs/claims.md#zhang-divergence-region): each cell's class
/// from the drift oracle (4 paths × 2000 epochs after a burn-in of 20/(1−β2) steps, common random numbers across
/// cells), the curve β1 = √β2 overlaid. Cells are independent and computed in parallel; each writes only its own slot,
/// so the same seed gives the same map on any number of cores.
/// </summary>
public static class ZhangPhase
{
    /// <summary>The smallest 1 − β2 drawn (β2 up to 0.9999).</summary>
    public const double MinGap = 1e-4;

    /// <summary>The β1 values of the boundary table.</summary>
    public static IReadOnlyList<double> TableBeta1 { get; } = [0, 0.2, 0.4, 0.6, 0.8, 0.9];

    /// <summary>Computes the map; β1 at column centres of [0, 1), β2 at row centres of the log-gap axis.</summary>
    public static PhaseMap Compute(int n, PhaseGrid grid, ulong seed, ZhangDriftSettings? settings = null, int? maxDegreeOfParallelism = null, PhaseShard? shard = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        _ = new ZhangReconstructedSum(n);
        var cells = new PhaseCell[grid.Width * grid.Height];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, cells.Length, options, index =>
        {
            if (shard is not null && !shard.Includes(index))
            {
                return;
            }

            int row = index / grid.Width, column = index % grid.Width;
            double beta1 = (column + 0.5) / grid.Width;
            double beta2 = PhaseMap.RowBeta2(row, grid.Height, MinGap);
            DriftEstimate d = ZhangDrift.Estimate(beta1, beta2, n, seed, settings);
            cells[index] = new PhaseCell(column, row, beta1, beta2, d.Mean, d.StandardError, CellVerdicts.FromEstimate(d), "oracle");
        });
        return Frame(n, grid, cells.Where(c => c is not null).ToArray());
    }

    /// <summary>The map for n and the grid around the given cells (all of them, or a shard's).</summary>
    public static PhaseMap Frame(int n, PhaseGrid grid, IReadOnlyList<PhaseCell> cells)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var curve = Enumerable.Range(0, 201).Select(i => i / 200.0 * 0.99995).Select(b1 => (b1, b1 * b1)).Where(p => 1 - p.Item2 >= MinGap).ToArray();
        return new PhaseMap(
            $"Zhang et al. 2022 divergence region, n = {n}: RR Adam (Kingma–Ba, ε = 1e-8)",
            "β1",
            0,
            1,
            MinGap,
            grid.Width,
            grid.Height,
            cells,
            curve,
            "β1 = √β2",
            [ZhangReconstructedSum.Label, "cell class from the drift oracle D = E[Σ_epoch u] ± 3·SE (x frozen on x ≥ −1)"])
        {
            XColumn = "beta1",
        };
    }

    /// <summary>β2*(β1, n) for each β1 of <see cref="TableBeta1"/>, in parallel.</summary>
    public static IReadOnlyList<ZhangBoundaryPoint> BoundaryTable(int n, ulong seed, ZhangDriftSettings? settings = null)
    {
        var points = new ZhangBoundaryPoint[TableBeta1.Count];
        Parallel.For(0, points.Length, i => points[i] = ZhangBoundary.Find(TableBeta1[i], n, seed, settings));
        return points;
    }
}
