using System.Globalization;
using System.Text;
using Adam.Verification.Theory.Charts;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// Draws a <see cref="PhaseMap"/> as a self-contained SVG: coloured cells (Converge / Diverge / Undecided), the x axis
/// linear, the β2 axis logarithmic in 1 − β2 (ticks labelled 0, 0.9, 0.99, …), the reference curve, optional boundary
/// markers, a legend with the class counts, and the map's notes (e.g. the RECONSTRUCTION label) under the title; drawn
/// with the suite's one chart layer, <see cref="SvgDocument"/>.
/// </summary>
public static class PhaseSvg
{
    private const double Left = 90, Top = 96, PlotWidth = 600, PlotHeight = 520, Width = 780, Height = 760;

    /// <summary>The longest title line, in characters, that fits the figure's width at the title's font size.</summary>
    private const int TitleLineLength = 78;

    /// <summary>Colour of each class.</summary>
    public static string Colour(CellVerdict verdict) => verdict switch
    {
        CellVerdict.Converge => "#4c9f70",
        CellVerdict.Diverge => "#e8743b",
        _ => "#c8c8c8",
    };

    /// <summary>The SVG text; <paramref name="markers"/> are (x, β2) points drawn as black rings (e.g. bisected boundary points).</summary>
    public static string Render(PhaseMap map, IReadOnlyList<(double X, double Beta2)>? markers = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var svg = new SvgDocument(Width, Height);
        List<string> title = Wrap(map.Title, TitleLineLength);
        for (int i = 0; i < title.Count; i++)
        {
            svg.Text(Width / 2, 22 + (19 * i), title[i], size: 15, anchor: "middle", bold: true);
        }

        double notesY = 22 + (19 * title.Count) + 6;
        for (int i = 0; i < map.Notes.Count; i++)
        {
            svg.Text(Width / 2, notesY + (14 * i), map.Notes[i], size: 11, anchor: "middle", fill: "#444");
        }

        double cellWidth = PlotWidth / map.Width, cellHeight = PlotHeight / map.Height;
        svg.CrispGroup();
        foreach (PhaseCell cell in map.Cells)
        {
            double x = Left + (cell.Column * cellWidth);
            double y = Top + PlotHeight - ((cell.Row + 1) * cellHeight);
            svg.Rect(x, y, cellWidth + 0.05, cellHeight + 0.05, Colour(cell.Verdict), title: CellTitle(map, cell));
        }

        svg.EndGroup();
        svg.Rect(Left, Top, PlotWidth, PlotHeight, stroke: "black");
        (double, double)[] curve = [.. map.Curve.Where(p => 1 - p.Beta2 >= map.MinGap && 1 - p.Beta2 <= 1 && p.X >= map.XMin && p.X <= map.XMax)
            .Select(p => (XScreen(map, p.X), YScreen(map, 1 - p.Beta2)))];
        if (curve.Length > 1)
        {
            svg.Polyline(curve, "#1f3b8c", width: 2.5, dash: "7 4");
        }
        foreach ((double mx, double mb) in markers ?? [])
        {
            if (1 - mb >= map.MinGap && 1 - mb <= 1)
            {
                svg.Circle(XScreen(map, mx), YScreen(map, 1 - mb), 5, "white", "black", strokeWidth: 2);
            }
        }

        foreach (double tick in XTicks(map))
        {
            double x = XScreen(map, tick);
            svg.Line(x, Top + PlotHeight, x, Top + PlotHeight + 6).Text(x, Top + PlotHeight + 22, tick.ToString("0.##", CultureInfo.InvariantCulture), size: 13, anchor: "middle");
        }

        for (double gap = 1; gap >= map.MinGap * 0.999; gap /= 10)
        {
            double y = YScreen(map, gap);
            svg.Line(Left - 6, y, Left, y).Text(Left - 10, y + 4, (1 - gap).ToString("0.#########", CultureInfo.InvariantCulture), size: 13, anchor: "end");
        }

        svg.Text(Left + (PlotWidth / 2), Top + PlotHeight + 46, map.XLabel, size: 15, anchor: "middle");
        svg.Text(24, Top + (PlotHeight / 2), "β2 (axis logarithmic in 1 − β2)", size: 15, anchor: "middle", rotate: -90);
        IReadOnlyDictionary<CellVerdict, int> counts = map.Counts();
        double legendY = Top + PlotHeight + 70;
        double legendX = Left;
        foreach (CellVerdict v in Enum.GetValues<CellVerdict>())
        {
            svg.Rect(legendX, legendY - 12, 16, 16, Colour(v), "black").Text(legendX + 22, legendY + 1, Inv($"{v} ({counts[v]})"), size: 13);
            legendX += 150;
        }

        // The curve and the markers each get a row of their own, so that a long label is never cut at the edge.
        double curveY = legendY + 25;
        svg.Line(Left, curveY - 4, Left + 30, curveY - 4, "#1f3b8c", width: 2.5, dash: "7 4").Text(Left + 36, curveY + 1, map.CurveLabel, size: 13);
        if (markers is { Count: > 0 })
        {
            svg.Circle(Left + 15, curveY + 20, 5, "white", "black", strokeWidth: 2).Text(Left + 36, curveY + 25, "bisected boundary β2* (drift sign change)", size: 13);
        }

        return svg.ToString();
    }

    /// <summary>Splits <paramref name="text"/> at spaces into lines of at most <paramref name="width"/> characters (a longer word keeps its own line).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string CellTitle(PhaseMap map, PhaseCell cell) =>
        Inv($"{map.XLabel} = {cell.X:G4}, β2 = {cell.Beta2:G6}: D = {cell.Drift:G4} ± {cell.StandardError:G2} → {cell.Verdict} ({cell.Method})");

    private static double XScreen(PhaseMap map, double x) => Left + (PlotWidth * (x - map.XMin) / (map.XMax - map.XMin));

    private static double YScreen(PhaseMap map, double gap) => Top + (PlotHeight * (1 - (Math.Log10(gap) / Math.Log10(map.MinGap))));

    private static IEnumerable<double> XTicks(PhaseMap map)
    {
        double step = AxisTicks.Step(map.XMax - map.XMin, 5);
        for (double t = Math.Ceiling(map.XMin / step) * step; t <= map.XMax + 1e-9; t += step)
        {
            yield return Math.Round(t, 10);
        }
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
