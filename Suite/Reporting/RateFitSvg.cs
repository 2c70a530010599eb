using Adam.Verification.Theory.Charts;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// A log–log plot of rate measurements: the mean metric at each horizon T with ±2·SE bars, the fitted line
/// metric ∝ T^b of each series, and a T^{−1/4} reference slope; one colour per series (drawn with <see cref="SvgDocument"/>).
/// </summary>
public static class RateFitSvg
{
    private const double Left = 90, Top = 60, Width = 560, Height = 380;
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

    /// <summary>The SVG text for named measurements.</summary>
    public static string Render(string title, IReadOnlyList<(string Name, RateMeasurement Measurement)> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.SelectMany(s => s.Measurement.Summaries.Select((m, k) => (T: (double)s.Measurement.Horizons[k], Low: m.Mean - (2 * m.StandardError), High: m.Mean + (2 * m.StandardError)))).ToArray();
        double xMin = Math.Log10(points.Min(p => p.T)) - 0.1, xMax = Math.Log10(points.Max(p => p.T)) + 0.1;
        double yMin = Math.Log10(points.Min(p => Math.Max(p.Low, 1e-300))) - 0.1, yMax = Math.Log10(points.Max(p => p.High)) + 0.1;
        double X(double t) => Left + (Width * (Math.Log10(t) - xMin) / (xMax - xMin));
        double Y(double v) => Top + (Height * (1 - ((Math.Log10(Math.Max(v, 1e-300)) - yMin) / (yMax - yMin))));
        var svg = new SvgDocument(Left + Width + 230, Top + Height + 70);
        svg.Text(Left, 30, title, size: 16, bold: true);
        svg.Rect(Left, Top, Width, Height, stroke: "black");
        for (double e = Math.Ceiling(xMin); e <= xMax; e++)
        {
            svg.Line(X(Math.Pow(10, e)), Top + Height, X(Math.Pow(10, e)), Top + Height + 6).Text(X(Math.Pow(10, e)), Top + Height + 22, AxisTicks.Decade((int)e), size: 12, anchor: "middle");
        }

        foreach (double minor in AxisTicks.LogMinor((int)Math.Floor(xMin), (int)Math.Ceiling(xMax)).Where(m => m >= xMin && m <= xMax))
        {
            svg.Line(X(Math.Pow(10, minor)), Top + Height, X(Math.Pow(10, minor)), Top + Height + 3);
        }

        for (double e = Math.Floor(yMin); e <= Math.Ceiling(yMax); e++)
        {
            foreach (double mantissa in (double[])[1, 2, 5])
            {
                double v = mantissa * Math.Pow(10, e);
                if (Math.Log10(v) >= yMin && Math.Log10(v) <= yMax)
                {
                    svg.Line(Left - 6, Y(v), Left, Y(v)).Text(Left - 10, Y(v) + 4, Invariant.Format($"{v:G3}"), size: 12, anchor: "end");
                }
            }
        }

        svg.Text(24, Top + (Height / 2), "mean metric (log scale), ±2 SE", size: 14, anchor: "middle", rotate: -90);
        svg.Text(Left + (Width / 2), Top + Height + 45, "horizon T (log scale)", size: 14, anchor: "middle");
        for (int i = 0; i < series.Count; i++)
        {
            string colour = Colours[i % Colours.Length];
            RateMeasurement m = series[i].Measurement;
            IReadOnlyList<MonteCarloSummary> summaries = m.Summaries;
            for (int k = 0; k < m.Horizons.Count; k++)
            {
                double t = m.Horizons[k];
                svg.Line(X(t), Y(summaries[k].Mean - (2 * summaries[k].StandardError)), X(t), Y(summaries[k].Mean + (2 * summaries[k].StandardError)), colour)
                    .Circle(X(t), Y(summaries[k].Mean), 4, colour);
            }

            double t0 = m.Horizons[0], t1 = m.Horizons[^1];
            double Line(double t) => Math.Exp(m.Fit.Intercept + (m.Fit.Slope * Math.Log(t)));
            svg.Line(X(t0), Y(Line(t0)), X(t1), Y(Line(t1)), colour, width: 2);
            svg.Text(Left + Width + 12, Top + 20 + (40 * i), series[i].Name, size: 13, fill: colour)
                .Text(Left + Width + 12, Top + 36 + (40 * i), Invariant.Format($"b = {m.Fit.Slope:F3} [{m.Fit.Lower:F3}, {m.Fit.Upper:F3}]"), size: 12, fill: colour);
            if (i == 0)
            {
                double Ref(double t) => Line(t0) * Math.Pow(t / t0, -0.25);
                svg.Line(X(t0), Y(Ref(t0)), X(t1), Y(Ref(t1)), "#777", dash: "5 4");
            }
        }

        svg.Text(Left + Width + 12, Top + 36 + (40 * series.Count), "dashed: slope −1/4", size: 12, fill: "#777");
        return svg.ToString();
    }
}
