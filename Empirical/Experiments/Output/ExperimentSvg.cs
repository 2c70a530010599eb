using System.Globalization;
using System.Security;
using System.Text;
using Adam.Verification.Theory.Charts;

namespace Adam.Verification.Empirical.Experiments.Output;

/// <summary>
/// The paper's three panels as one standalone SVG (no scripts, no external references): ‖∇L‖ against epochs (log
/// scale), training loss against epochs (log scale) and test accuracy against epochs, one line per arm, α_ours arms
/// drawn thick, with a shared legend and a caption naming the curves' source (the C# engine or a recorded trace).
/// </summary>
public static class ExperimentSvg
{
    private const double PanelWidth = 330, PanelHeight = 240, Left = 58, Top = 40, Gap = 40;

    private static readonly string[] Palette =
    [
        "#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939",
    ];

    /// <summary>The SVG document.</summary>
    public static string Render(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        int legendRows = (result.Arms.Count + 2) / 3;
        double width = Left + (3 * (PanelWidth + Gap));
        double height = Top + PanelHeight + 50 + (legendRows * 16) + 26;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height:F0}\" viewBox=\"0 0 {width:F0} {height:F0}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"18\" font-size=\"13\" font-weight=\"bold\">{Escape($"{result.Name} ({(result.Scale == ExperimentScale.Ci ? "CI" : "paper")} scale): {result.Question}")}</text>\n");
        Panel(svg, result, 0, "‖∇L(w)‖ (log)", e => e.GradientNorm, log: true);
        Panel(svg, result, 1, "training loss (log)", e => e.Loss, log: true);
        Panel(svg, result, 2, "test accuracy", e => e.TestAccuracy, log: false);
        for (int i = 0; i < result.Arms.Count; i++)
        {
            ArmResult arm = result.Arms[i];
            double x = Left + ((i % 3) * (PanelWidth + Gap));
            double y = Top + PanelHeight + 45 + ((i / 3) * 16);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" y1=\"{y - 4:F1}\" x2=\"{x + 22:F1}\" y2=\"{y - 4:F1}\" stroke=\"{Palette[i % Palette.Length]}\" stroke-width=\"{(arm.IsAlphaOurs ? 3 : 1.5)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 28:F1}\" y=\"{y:F1}\">{Escape($"{arm.Label}: {Describe(arm)}")}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{height - 10:F0}\" fill=\"#555\">{Escape($"source: {result.Source}")}</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The legend's text after the arm's label: α_ours with its K̂, or the schedule (which names its own α).</summary>
    private static string Describe(ArmResult arm) =>
        arm.IsAlphaOurs
            ? string.Create(CultureInfo.InvariantCulture, $"α = {arm.Smoothness.AlphaOurs:G3} (K̂ = {arm.Smoothness.KHat:G3})")
            : arm.Schedule;

    private static void Panel(StringBuilder svg, ExperimentResult result, int index, string title, Func<EpochRecord, double> value, bool log)
    {
        double x0 = Left + (index * (PanelWidth + Gap));
        double y0 = Top;
        IEnumerable<double> all = result.Arms.SelectMany(a => a.Epochs).Select(value).Where(v => double.IsFinite(v) && (!log || v > 0));
        double min = all.DefaultIfEmpty(1).Min(), max = all.DefaultIfEmpty(1).Max();
        IReadOnlyList<double> ticks;
        if (log)
        {
            min = Math.Floor(Math.Log10(min));
            max = Math.Ceiling(Math.Log10(max));
            if (max <= min)
            {
                max = min + 1;
            }

            ticks = [.. Enumerable.Range((int)min, (int)(max - min) + 1).Select(k => (double)k)];
        }
        else
        {
            (min, max, ticks) = AxisTicks.Linear(min, max, 4);
        }

        int epochs = Math.Max(1, result.Arms.Max(a => a.Epochs[^1].Epoch));
        double X(int epoch) => x0 + (PanelWidth * epoch / epochs);
        double Y(double v) => y0 + PanelHeight - (PanelHeight * (((log ? Math.Log10(v) : v) - min) / (max - min)));
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x0:F1}\" y=\"{y0:F1}\" width=\"{PanelWidth}\" height=\"{PanelHeight}\" fill=\"none\" stroke=\"#444\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (PanelWidth / 2):F1}\" y=\"{y0 - 6:F1}\" text-anchor=\"middle\">{Escape(title)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + (PanelWidth / 2):F1}\" y=\"{y0 + PanelHeight + 28:F1}\" text-anchor=\"middle\">epochs</text>\n");
        double YOf(double t) => y0 + PanelHeight - (PanelHeight * (t - min) / (max - min));
        foreach (double t in ticks)
        {
            double y = YOf(t);
            string label = log ? AxisTicks.Decade((int)t) : AxisTicks.Label(t);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0:F1}\" y1=\"{y:F1}\" x2=\"{x0 + PanelWidth:F1}\" y2=\"{y:F1}\" stroke=\"#eee\"/><text x=\"{x0 - 4:F1}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{label}</text>\n");
        }

        if (log)
        {
            foreach (double t in AxisTicks.LogMinor((int)min, (int)max))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x0:F1}\" y1=\"{YOf(t):F1}\" x2=\"{x0 + 4:F1}\" y2=\"{YOf(t):F1}\" stroke=\"#444\"/>\n");
            }
        }

        foreach (int epoch in AxisTicks.Counts(epochs, 5))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(epoch):F1}\" y1=\"{y0 + PanelHeight:F1}\" x2=\"{X(epoch):F1}\" y2=\"{y0 + PanelHeight + 4:F1}\" stroke=\"#444\"/><text x=\"{X(epoch):F1}\" y=\"{y0 + PanelHeight + 14:F1}\" text-anchor=\"middle\">{epoch}</text>\n");
        }

        for (int i = 0; i < result.Arms.Count; i++)
        {
            ArmResult arm = result.Arms[i];
            var points = arm.Epochs.Where(e => double.IsFinite(value(e)) && (!log || value(e) > 0))
                .Select(e => string.Create(CultureInfo.InvariantCulture, $"{X(e.Epoch):F1},{Math.Clamp(Y(value(e)), y0, y0 + PanelHeight):F1}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Palette[i % Palette.Length]}\" stroke-width=\"{(arm.IsAlphaOurs ? 2.5 : 1.2)}\" points=\"{string.Join(' ', points)}\"/>\n");
        }
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
