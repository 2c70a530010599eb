using Adam.Verification.Cli.Reporting;
using Adam.Verification.Empirical.Benchmarks;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The bench table: medians with spread, ratios of the C# engine to each other side, the Adam kernel in GB/s beside a
/// copy, and the targets (which are stated against PyTorch) only where a PyTorch column exists.
/// </summary>
public sealed class BenchTableTests
{
    private static Dictionary<(string Side, string Workload), BenchSamples> Samples(params string[] sides)
    {
        var samples = new Dictionary<(string, string), BenchSamples>();
        foreach (string side in sides)
        {
            double scale = side == "C#" ? 1 : 2;
            samples[(side, "mlp")] = new BenchSamples([0.5 * scale, 0.6 * scale, 0.7 * scale]);
            samples[(side, "adam")] = new BenchSamples([0.000_17 * scale, 0.000_18 * scale, 0.000_19 * scale]);
        }

        samples[("C#", "copy")] = new BenchSamples([0.000_1, 0.000_1, 0.000_1]);
        return samples;
    }

    [Fact]
    public void Targets_appear_with_a_pytorch_column_and_not_without()
    {
        string with = string.Join('\n', BenchTable.Lines(Samples("C#", "PyTorch", "TorchSharp"), ["C#", "PyTorch", "TorchSharp"], 100_000, 3));
        Assert.Contains("≤ 0.9 (vs PyTorch)", with, StringComparison.Ordinal);
        Assert.Contains("≥ 3 (vs PyTorch)", with, StringComparison.Ordinal);
        Assert.Contains("0.5", with, StringComparison.Ordinal); // C# / PyTorch for the MLP: 0.6 / 1.2
        Assert.Contains("Adam step d=100,000", with, StringComparison.Ordinal);
        Assert.Contains("0.00018 ±6%", with, StringComparison.Ordinal); // significant digits, not 0.0002

        string without = string.Join('\n', BenchTable.Lines(Samples("C#", "TorchSharp"), ["C#", "TorchSharp"], 100_000, 3));
        Assert.DoesNotContain("vs PyTorch", without, StringComparison.Ordinal);
        Assert.Contains("vs TorchSharp", without, StringComparison.Ordinal);
        Assert.Contains("GB/s", without, StringComparison.Ordinal);
    }
}
