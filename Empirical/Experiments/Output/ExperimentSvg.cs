using System.Globalization;
using Adam.Verification.Theory.Charts;

namespace Adam.Verification.Empirical.Experiments.Output;

/// <summary>
/// The paper's three panels as one standalone SVG (no scripts, no external references): ‖∇L‖ against epochs (log
/// scale), training loss against epochs (log scale) and test accuracy against epochs, one line per arm, α_ours arms
/// drawn thick, with a shared legend and a caption naming the curves' source (the C# engine or a recorded trace); drawn
/// with the suite's one chart layer, <see cref="SvgDocument"/>.
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
        var svg = new SvgDocument(width, height);
        svg.Text(Left, 18, $"{result.Name} ({(result.Scale == ExperimentScale.Ci ? "CI" : "paper")} scale): {result.Question}", size: 13, bold: true);
        Panel(svg, result, 0, "‖∇L(w)‖ (log)", e => e.GradientNorm, log: true);
        Panel(svg, result, 1, "training loss (log)", e => e.Loss, log: true);
        Panel(svg, result, 2, "test accuracy", e => e.TestAccuracy, log: false);
        for (int i = 0; i < result.Arms.Count; i++)
        {
            ArmResult arm = result.Arms[i];
            double x = Left + ((i % 3) * (PanelWidth + Gap));
            double y = Top + PanelHeight + 45 + ((i / 3) * 16);
            svg.Line(x, y - 4, x + 22, y - 4, Palette[i % Palette.Length], width: arm.IsAlphaOurs ? 3 : 1.5)
                .Text(x + 28, y, $"{arm.Label}: {Describe(arm)}");
        }

        svg.Text(Left, height - 10, $"source: {result.Source}", fill: "#555");
        return svg.ToString();
    }

    /// <summary>The legend's text after the arm's label: α_ours with its K̂, or the schedule (which names its own α).</summary>
    private static string Describe(ArmResult arm) =>
        arm.IsAlphaOurs
            ? string.Create(CultureInfo.InvariantCulture, $"α = {arm.Smoothness.AlphaOurs:G3} (K̂ = {arm.Smoothness.KHat:G3})")
            : arm.Schedule;

    private static void Panel(SvgDocument svg, ExperimentResult result, int index, string title, Func<EpochRecord, double> value, bool log)
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
        double YOf(double t) => y0 + PanelHeight - (PanelHeight * (t - min) / (max - min));
        svg.Rect(x0, y0, PanelWidth, PanelHeight, stroke: "#444")
            .Text(x0 + (PanelWidth / 2), y0 - 6, title, anchor: "middle")
            .Text(x0 + (PanelWidth / 2), y0 + PanelHeight + 28, "epochs", anchor: "middle");
        foreach (double t in ticks)
        {
            double y = YOf(t);
            svg.Line(x0, y, x0 + PanelWidth, y, "#eee").Text(x0 - 4, y + 4, log ? AxisTicks.Decade((int)t) : AxisTicks.Label(t), anchor: "end");
        }

        if (log)
        {
            foreach (double t in AxisTicks.LogMinor((int)min, (int)max))
            {
                svg.Line(x0, YOf(t), x0 + 4, YOf(t), "#444");
            }
        }

        foreach (int epoch in AxisTicks.Counts(epochs, 5))
        {
            svg.Line(X(epoch), y0 + PanelHeight, X(epoch), y0 + PanelHeight + 4, "#444").Text(X(epoch), y0 + PanelHeight + 14, epoch.ToString(CultureInfo.InvariantCulture), anchor: "middle");
        }

        for (int i = 0; i < result.Arms.Count; i++)
        {
            ArmResult arm = result.Arms[i];
            svg.Polyline(
                arm.Epochs.Where(e => double.IsFinite(value(e)) && (!log || value(e) > 0)).Select(e => ((double)X(e.Epoch), Math.Clamp(Y(value(e)), y0, y0 + PanelHeight))),
                Palette[i % Palette.Length],
                width: arm.IsAlphaOurs ? 2.5 : 1.2);
        }
    }
}
