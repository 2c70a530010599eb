namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// A computed (x, β2) phase map: cells on a W×H grid (x linear, 1 − β2 logarithmic from 1 at the bottom to
/// <see cref="MinGap"/> at the top), an overlaid reference curve, and notes (labels such as RECONSTRUCTION).
/// </summary>
/// <param name="Title">The title drawn on the picture.</param>
/// <param name="XLabel">The x-axis label.</param>
/// <param name="XMin">Left edge of the x range.</param>
/// <param name="XMax">Right edge of the x range.</param>
/// <param name="MinGap">The smallest 1 − β2 (top edge).</param>
/// <param name="Width">W, columns.</param>
/// <param name="Height">H, rows.</param>
/// <param name="Cells">W·H cells, row-major from the bottom row.</param>
/// <param name="Curve">The overlaid curve as (x, β2) points.</param>
/// <param name="CurveLabel">The curve's legend entry.</param>
/// <param name="Notes">Lines printed under the title.</param>
public sealed record PhaseMap(string Title, string XLabel, double XMin, double XMax, double MinGap, int Width, int Height, IReadOnlyList<PhaseCell> Cells, IReadOnlyList<(double X, double Beta2)> Curve, string CurveLabel, IReadOnlyList<string> Notes)
{
    /// <summary>The CSV name of the x axis: "beta1" for the Zhang map, "c" for the Reddi maps.</summary>
    public required string XColumn { get; init; }

    /// <summary>The β2 of row i's centre: 1 − β2 = 10^{−log10(1/MinGap)·(i + ½)/H}.</summary>
    public static double RowBeta2(int row, int height, double minGap) => 1 - Math.Pow(10, Math.Log10(minGap) * (row + 0.5) / height);

    /// <summary>Counts of each class.</summary>
    public IReadOnlyDictionary<CellVerdict, int> Counts() => Enum.GetValues<CellVerdict>().ToDictionary(v => v, v => Cells.Count(c => c.Verdict == v));

    /// <summary>Whether every cell of the W×H grid is present.</summary>
    public bool IsComplete => Cells.Count == Width * Height;

    /// <summary>
    /// Combines the maps of shards 1/N … N/N of one run (same title, axes and grid) into the single-run map: the cells in
    /// row-major order. Throws when a cell is missing or present twice, or the shards are of different maps.
    /// </summary>
    public static PhaseMap Merge(IReadOnlyList<PhaseMap> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
        {
            throw new ArgumentException("no shards to merge.");
        }

        PhaseMap first = shards[0];
        foreach (PhaseMap other in shards)
        {
            if (other.Title != first.Title || other.Width != first.Width || other.Height != first.Height || other.XMin != first.XMin || other.XMax != first.XMax || other.MinGap != first.MinGap)
            {
                throw new ArgumentException($"the shards are of different maps: '{first.Title}' {first.Width}x{first.Height} and '{other.Title}' {other.Width}x{other.Height}.");
            }
        }

        var cells = new PhaseCell?[first.Width * first.Height];
        foreach (PhaseCell cell in shards.SelectMany(s => s.Cells))
        {
            int index = (cell.Row * first.Width) + cell.Column;
            if (cells[index] is not null)
            {
                throw new ArgumentException($"cell (column {cell.Column}, row {cell.Row}) is in more than one shard.");
            }

            cells[index] = cell;
        }

        int missing = Array.FindIndex(cells, c => c is null);
        if (missing >= 0)
        {
            throw new ArgumentException($"cell (column {missing % first.Width}, row {missing / first.Width}) is in no shard: {cells.Count(c => c is null)} cells missing.");
        }

        return first with { Cells = cells.Select(c => c!).ToArray() };
    }
}
