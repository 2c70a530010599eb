using System.Text;
using Adam.Verification.Theory.Charts;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// A log–log plot of rate measurements: the mean metric at each horizon T with ±2·SE bars, the fitted line
/// metric ∝ T^b of each series, and a T^{−1/4} reference slope; one colour per series.
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
        var s = new StringBuilder();
        s.Append(Invariant.Format($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Left + Width + 230}\" height=\"{Top + Height + 70}\" font-family=\"sans-serif\">\n"));
        s.Append(Invariant.Format($"<rect width=\"100%\" height=\"100%\" fill=\"white\"/><text x=\"{Left}\" y=\"30\" font-size=\"16\" font-weight=\"bold\">{Invariant.Xml(title)}</text>\n"));
        s.Append(Invariant.Format($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width}\" height=\"{Height}\" fill=\"none\" stroke=\"black\"/>\n"));
        for (double e = Math.Ceiling(xMin); e <= xMax; e++)
        {
            s.Append(Invariant.Format($"<line x1=\"{X(Math.Pow(10, e)):F1}\" y1=\"{Top + Height}\" x2=\"{X(Math.Pow(10, e)):F1}\" y2=\"{Top + Height + 6}\" stroke=\"black\"/><text x=\"{X(Math.Pow(10, e)):F1}\" y=\"{Top + Height + 22}\" text-anchor=\"middle\" font-size=\"12\">{AxisTicks.Decade((int)e)}</text>\n"));
        }

        foreach (double minor in AxisTicks.LogMinor((int)Math.Floor(xMin), (int)Math.Ceiling(xMax)).Where(m => m >= xMin && m <= xMax))
        {
            s.Append(Invariant.Format($"<line x1=\"{X(Math.Pow(10, minor)):F1}\" y1=\"{Top + Height}\" x2=\"{X(Math.Pow(10, minor)):F1}\" y2=\"{Top + Height + 3}\" stroke=\"black\"/>\n"));
        }

        for (double e = Math.Floor(yMin); e <= Math.Ceiling(yMax); e++)
        {
            foreach (double mantissa in (double[])[1, 2, 5])
            {
                double v = mantissa * Math.Pow(10, e);
                if (Math.Log10(v) >= yMin && Math.Log10(v) <= yMax)
                {
                    s.Append(Invariant.Format($"<line x1=\"{Left - 6}\" y1=\"{Y(v):F1}\" x2=\"{Left}\" y2=\"{Y(v):F1}\" stroke=\"black\"/><text x=\"{Left - 10}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\" font-size=\"12\">{v:G3}</text>\n"));
                }
            }
        }

        s.Append(Invariant.Format($"<text x=\"24\" y=\"{Top + (Height / 2)}\" text-anchor=\"middle\" font-size=\"14\" transform=\"rotate(-90 24 {Top + (Height / 2)})\">mean metric (log scale), ±2 SE</text>\n"));
        s.Append(Invariant.Format($"<text x=\"{Left + (Width / 2)}\" y=\"{Top + Height + 45}\" text-anchor=\"middle\" font-size=\"14\">horizon T (log scale)</text>\n"));
        for (int i = 0; i < series.Count; i++)
        {
            string colour = Colours[i % Colours.Length];
            RateMeasurement m = series[i].Measurement;
            IReadOnlyList<Theory.Statistics.MonteCarloSummary> summaries = m.Summaries;
            for (int k = 0; k < m.Horizons.Count; k++)
            {
                double t = m.Horizons[k];
                s.Append(Invariant.Format($"<line x1=\"{X(t):F1}\" y1=\"{Y(summaries[k].Mean - (2 * summaries[k].StandardError)):F1}\" x2=\"{X(t):F1}\" y2=\"{Y(summaries[k].Mean + (2 * summaries[k].StandardError)):F1}\" stroke=\"{colour}\"/><circle cx=\"{X(t):F1}\" cy=\"{Y(summaries[k].Mean):F1}\" r=\"4\" fill=\"{colour}\"/>\n"));
            }

            double t0 = m.Horizons[0], t1 = m.Horizons[^1];
            double Line(double t) => Math.Exp(m.Fit.Intercept + (m.Fit.Slope * Math.Log(t)));
            s.Append(Invariant.Format($"<line x1=\"{X(t0):F1}\" y1=\"{Y(Line(t0)):F1}\" x2=\"{X(t1):F1}\" y2=\"{Y(Line(t1)):F1}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n"));
            s.Append(Invariant.Format($"<text x=\"{Left + Width + 12}\" y=\"{Top + 20 + (40 * i)}\" font-size=\"13\" fill=\"{colour}\">{Invariant.Xml(series[i].Name)}</text><text x=\"{Left + Width + 12}\" y=\"{Top + 36 + (40 * i)}\" font-size=\"12\" fill=\"{colour}\">b = {m.Fit.Slope:F3} [{m.Fit.Lower:F3}, {m.Fit.Upper:F3}]</text>\n"));
            if (i == 0)
            {
                double Ref(double t) => Line(t0) * Math.Pow(t / t0, -0.25);
                s.Append(Invariant.Format($"<line x1=\"{X(t0):F1}\" y1=\"{Y(Ref(t0)):F1}\" x2=\"{X(t1):F1}\" y2=\"{Y(Ref(t1)):F1}\" stroke=\"#777\" stroke-dasharray=\"5 4\"/>\n"));
            }
        }

        s.Append(Invariant.Format($"<text x=\"{Left + Width + 12}\" y=\"{Top + 36 + (40 * series.Count)}\" font-size=\"12\" fill=\"#777\">dashed: slope −1/4</text>\n</svg>\n"));
        return s.ToString();
    }
}
