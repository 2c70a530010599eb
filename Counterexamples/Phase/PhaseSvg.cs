using System.Globalization;
using System.Security;
using System.Text;
using Adam.Verification.Theory.Charts;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// Draws a <see cref="PhaseMap"/> as a self-contained SVG: coloured cells (Converge / Diverge / Undecided), the x axis
/// linear, the β2 axis logarithmic in 1 − β2 (ticks labelled 0, 0.9, 0.99, …), the reference curve, optional boundary
/// markers, a legend with the class counts, and the map's notes (e.g. the RECONSTRUCTION label) under the title.
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
        var s = new StringBuilder();
        s.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\">\n"));
        s.Append(Inv($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        List<string> title = Wrap(map.Title, TitleLineLength);
        for (int i = 0; i < title.Count; i++)
        {
            s.Append(Inv($"<text x=\"{Width / 2}\" y=\"{22 + (19 * i)}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Escape(title[i])}</text>\n"));
        }

        double notesY = 22 + (19 * title.Count) + 6;
        for (int i = 0; i < map.Notes.Count; i++)
        {
            s.Append(Inv($"<text x=\"{Width / 2}\" y=\"{notesY + (14 * i)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">{Escape(map.Notes[i])}</text>\n"));
        }

        double cellWidth = PlotWidth / map.Width, cellHeight = PlotHeight / map.Height;
        s.Append("<g shape-rendering=\"crispEdges\">\n");
        foreach (PhaseCell cell in map.Cells)
        {
            double x = Left + (cell.Column * cellWidth);
            double y = Top + PlotHeight - ((cell.Row + 1) * cellHeight);
            s.Append(Inv($"<rect x=\"{x:F2}\" y=\"{y:F2}\" width=\"{cellWidth + 0.05:F2}\" height=\"{cellHeight + 0.05:F2}\" fill=\"{Colour(cell.Verdict)}\"><title>{Escape(CellTitle(map, cell))}</title></rect>\n"));
        }

        s.Append("</g>\n");
        s.Append(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{PlotWidth}\" height=\"{PlotHeight}\" fill=\"none\" stroke=\"black\"/>\n"));
        var points = map.Curve.Where(p => 1 - p.Beta2 >= map.MinGap && 1 - p.Beta2 <= 1 && p.X >= map.XMin && p.X <= map.XMax)
            .Select(p => Inv($"{XScreen(map, p.X):F2},{YScreen(map, 1 - p.Beta2):F2}")).ToArray();
        if (points.Length > 1)
        {
            s.Append(Inv($"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"#1f3b8c\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/>\n"));
        }

        foreach ((double mx, double mb) in markers ?? [])
        {
            if (1 - mb >= map.MinGap && 1 - mb <= 1)
            {
                s.Append(Inv($"<circle cx=\"{XScreen(map, mx):F2}\" cy=\"{YScreen(map, 1 - mb):F2}\" r=\"5\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/>\n"));
            }
        }

        foreach (double tick in XTicks(map))
        {
            double x = XScreen(map, tick);
            s.Append(Inv($"<line x1=\"{x:F2}\" y1=\"{Top + PlotHeight}\" x2=\"{x:F2}\" y2=\"{Top + PlotHeight + 6}\" stroke=\"black\"/><text x=\"{x:F2}\" y=\"{Top + PlotHeight + 22}\" text-anchor=\"middle\" font-size=\"13\">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>\n"));
        }

        for (double gap = 1; gap >= map.MinGap * 0.999; gap /= 10)
        {
            double y = YScreen(map, gap);
            string label = (1 - gap).ToString("0.#########", CultureInfo.InvariantCulture);
            s.Append(Inv($"<line x1=\"{Left - 6}\" y1=\"{y:F2}\" x2=\"{Left}\" y2=\"{y:F2}\" stroke=\"black\"/><text x=\"{Left - 10}\" y=\"{y + 4:F2}\" text-anchor=\"end\" font-size=\"13\">{label}</text>\n"));
        }

        s.Append(Inv($"<text x=\"{Left + (PlotWidth / 2)}\" y=\"{Top + PlotHeight + 46}\" text-anchor=\"middle\" font-size=\"15\">{Escape(map.XLabel)}</text>\n"));
        s.Append(Inv($"<text x=\"24\" y=\"{Top + (PlotHeight / 2)}\" text-anchor=\"middle\" font-size=\"15\" transform=\"rotate(-90 24 {Top + (PlotHeight / 2)})\">β2 (axis logarithmic in 1 − β2)</text>\n"));
        IReadOnlyDictionary<CellVerdict, int> counts = map.Counts();
        double legendY = Top + PlotHeight + 70;
        double legendX = Left;
        foreach (CellVerdict v in Enum.GetValues<CellVerdict>())
        {
            s.Append(Inv($"<rect x=\"{legendX}\" y=\"{legendY - 12}\" width=\"16\" height=\"16\" fill=\"{Colour(v)}\" stroke=\"black\"/><text x=\"{legendX + 22}\" y=\"{legendY + 1}\" font-size=\"13\">{v} ({counts[v]})</text>\n"));
            legendX += 150;
        }

        // The curve and the markers each get a row of their own, so that a long label is never cut at the edge.
        double curveY = legendY + 25;
        s.Append(Inv($"<line x1=\"{Left}\" y1=\"{curveY - 4}\" x2=\"{Left + 30}\" y2=\"{curveY - 4}\" stroke=\"#1f3b8c\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\"/><text x=\"{Left + 36}\" y=\"{curveY + 1}\" font-size=\"13\">{Escape(map.CurveLabel)}</text>\n"));
        if (markers is { Count: > 0 })
        {
            s.Append(Inv($"<circle cx=\"{Left + 15}\" cy=\"{curveY + 20}\" r=\"5\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/><text x=\"{Left + 36}\" y=\"{curveY + 25}\" font-size=\"13\">bisected boundary β2* (drift sign change)</text>\n"));
        }

        s.Append("</svg>\n");
        return s.ToString();
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

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
