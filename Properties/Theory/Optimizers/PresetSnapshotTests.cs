using System.Globalization;
using System.Text;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Properties.Theory.Optimizers;

/// <summary>
/// Approved snapshot of every preset (and SGD, heavy ball): 10 steps on f(x) = Σ log(1 + x_i²) from
/// x0 = (1.5, −2, 0.5, 3, −0.75), α = 0.1, β = (0.9, 0.999), ε = 1e-8 (presets that fix β1 keep it; AdamW keeps
/// λ = 0.01), printed with 12 decimals. The approved file was checked against an independent transcription of the
/// documented formulas (see the issue note).
/// </summary>
public sealed class PresetSnapshotTests
{
    private static readonly double[] Start = [1.5, -2, 0.5, 3, -0.75];

    [Fact]
    public void Every_preset_takes_the_approved_ten_steps()
    {
        var f = new CauchySumObjective([1, 1, 1, 1, 1], [1, 1, 1, 1, 1], Rotation.Identity(5), new double[5]);
        var text = new StringBuilder();
        text.AppendLine("# f(x) = Σ log(1 + x_i²), x0 = (1.5, -2, 0.5, 3, -0.75), α = 0.1, β = (0.9, 0.999), ε = 1e-8");
        foreach (AdamPreset preset in AdamPresets.All)
        {
            AdamOptions o = preset.Instantiate(0.1, 0.9, 0.999, 1e-8);
            Append(text, $"{preset.Name}: {o.Describe()}", new AdamOptimizer(o, 5), f);
        }

        Append(text, "sgd", new SgdOptimizer(5), f);
        Append(text, "heavy-ball μ = 0.9", new HeavyBallOptimizer(5, 0.9), f);
        Approvals.Verify("preset-trajectories", text.ToString());
    }

    private static void Append(StringBuilder text, string title, IOptimizer optimizer, CauchySumObjective f)
    {
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        double[] x = (double[])Start.Clone();
        var g = new double[x.Length];
        for (int t = 1; t <= 10; t++)
        {
            f.Gradient(x, g);
            optimizer.Step(x, g, 0.1);
            text.AppendLine(CultureInfo.InvariantCulture, $"t={t,2} f={f.Value(x):F12} x=({string.Join(", ", x.Select(v => v.ToString("F12", CultureInfo.InvariantCulture)))})");
        }
    }
}
