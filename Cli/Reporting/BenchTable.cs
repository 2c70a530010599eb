using System.Globalization;
using Adam.Verification.Empirical.Benchmarks;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// The table <c>adamv bench train</c> prints: per workload the median seconds of each side with its spread (half the
/// range, relative to the median), the ratios of the C# engine to the others, and the target the engine is held to:
/// MLP epoch ≤ 0.9× PyTorch, LeNet epoch ≤ 1.0×, HVP in gradients ≤ PyTorch's, Adam kernel ≥ 3× faster than
/// torch.optim.Adam and reported in GB/s against a copy of the same floats. A target is shown only where the PyTorch
/// side ran.
/// </summary>
public static class BenchTable
{
    /// <summary>The lines of the table for <paramref name="samples"/>, sides in <paramref name="sides"/>' order (the first is the C# engine).</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyDictionary<(string Side, string Workload), BenchSamples> samples, IReadOnlyList<string> sides, int adamDimension, int repeats)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(sides);
        string csharp = sides[0];
        string[] others = [.. sides.Skip(1)];
        var lines = new List<string>
        {
            Invariant($"median s (± half-range) of {repeats} interleaved repeats; ratio = C# / other (Adam: other / C#)"),
            $"{"workload",-22}" + string.Concat(sides.Select(s => $" {s,18}")) + string.Concat(others.Select(o => $" {"vs " + o,14}")) + "   target",
        };

        void Row(string label, string workload, string target, bool faster)
        {
            if (!samples.ContainsKey((csharp, workload)))
            {
                return;
            }

            double c = samples[(csharp, workload)].Median;
            string cells = string.Concat(sides.Select(s => $" {(samples.TryGetValue((s, workload), out BenchSamples? b) ? Invariant($"{b.Median:G4} ±{b.RelativeSpread * 100:F0}%") : "—"),18}"));
            string ratios = string.Concat(others.Select(o => $" {(samples.TryGetValue((o, workload), out BenchSamples? b) ? Invariant($"{(faster ? b.Median / c : c / b.Median):F2}") : "—"),14}"));
            lines.Add($"{label,-22}{cells}{ratios}   {(samples.ContainsKey(("PyTorch", workload)) ? target : string.Empty)}");
        }

        Row("MLP 3×1000 epoch", "mlp", "≤ 0.9 (vs PyTorch)", faster: false);
        Row("LeNet epoch", "lenet", "≤ 1.0 (vs PyTorch)", faster: false);
        Row("MLP gradient", "gradient", string.Empty, faster: false);
        Row("MLP HVP", "hvp", string.Empty, faster: false);
        if (samples.ContainsKey((csharp, "hvp")) && samples.ContainsKey((csharp, "gradient")))
        {
            string InGradients(string side) => samples.TryGetValue((side, "hvp"), out BenchSamples? h) && samples.TryGetValue((side, "gradient"), out BenchSamples? g) ? Invariant($"{h.Median / g.Median:F2}") : "—";
            lines.Add($"{"HVP in gradients",-22}" + string.Concat(sides.Select(s => $" {InGradients(s),18}")) + string.Concat(others.Select(_ => $" {string.Empty,14}")) + (samples.ContainsKey(("PyTorch", "hvp")) ? "   C# ≤ PyTorch's" : string.Empty));
        }

        Row(Invariant($"Adam step d={adamDimension:N0}"), "adam", "≥ 3 (vs PyTorch)", faster: true);
        if (samples.TryGetValue((csharp, "adam"), out BenchSamples? adam) && samples.TryGetValue((csharp, "copy"), out BenchSamples? copy))
        {
            double adamRate = (double)TrainBenchmark.AdamBytesPerParameter * adamDimension / adam.Median / 1e9;
            double copyRate = (double)TrainBenchmark.CopyBytesPerFloat * adamDimension / copy.Median / 1e9;
            lines.Add(Invariant($"C# Adam kernel: {adamRate:F1} GB/s ({TrainBenchmark.AdamBytesPerParameter} B per parameter); a copy of the same floats: {copyRate:F1} GB/s; the kernel runs at {adamRate / copyRate * 100:F0}% of copy bandwidth (a copy counted as 8 B per float: the write-allocate read is not counted)"));
        }

        return lines;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
