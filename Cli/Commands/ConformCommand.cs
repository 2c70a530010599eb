using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv conform --trace FILE [--variant NAME] [--csv FILE]</c>: lock-step conformance of a recorded trace (e.g.
/// from <c>tools/torch_replay.py</c>) with a reference preset. Exit 0 on agreement, 1 at the first mismatch (printed with
/// step, coordinate and quantity), 2 on a malformed trace.
/// </summary>
public static class ConformCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var trace = new Option<FileInfo>("--trace") { Description = "A recorded adamv-trace/1 JSON file.", Required = true };
        var variant = new Option<string?>("--variant") { Description = "The reference preset (default: the trace's 'variant' field); see the presets in the README." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also export the trace as CSV (t,coordinate,lr,gradient,parameter,m,v,vmax)." };
        var command = new Command("conform", "Compare a recorded optimizer trace with a reference preset, step by step.\n\nExamples:\n  python3 tools/torch_replay.py --request req.json --optimizer adam --out torch-adam.json\n  adamv conform --trace torch-adam.json --variant pytorch-adam")
        {
            trace, variant, csv,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(csv) is { } destination)
            {
                OutputDestination.ForFile(destination.FullName, "--csv");
            }

            FileInfo file = parse.GetValue(trace)!;
            InputFiles.Require(file, "--trace");

            OptimizerTrace t = TraceJson.Read(file.FullName);
            if (!t.IsRecorded)
            {
                throw new FormatException($"{file.FullName}: steps without 'parameters': a replay request, not a recorded trace (record it with tools/torch_replay.py first).");
            }

            string name = parse.GetValue(variant) ?? t.Variant ?? throw new ArgumentException($"{file.FullName}: the trace names no variant (a string 'variant'); pass --variant (a preset name).");
            AdamOptions configured;
            try
            {
                configured = TraceVariant.Configure(name, t.Hyperparameters);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{(parse.GetValue(variant) is null ? $"{file.FullName}: $.variant" : "--variant")}: {AdamvApp.OneLine(e.Message)}", e);
            }

            ConformanceReport r = Conformance.Check(t, configured, name);
            output.WriteLine($"{t.Implementation} ({t.Dtype}, d = {t.Dimension}, {t.Steps.Count} steps) against preset {name}:");
            output.WriteLine($"  tolerance: {r.ToleranceRule}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Comparisons} values compared; largest error {r.LargestRelativeError:G3} of the tolerance"));
            output.WriteLine(r.FirstMismatch is { } m ? $"  FIRST MISMATCH: {m}" : "  AGREES at every step");
            if (parse.GetValue(csv) is { } csvFile)
            {
                OutputSet.WriteFile(csvFile.FullName, TraceCsv.Render(t), "--csv");
                output.WriteLine($"wrote {csvFile.FullName}");
            }

            return r.Agrees ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }
}
