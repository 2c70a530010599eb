using System.CommandLine;
using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv fingerprint</c>: writes the discriminating battery request (<c>--battery-out</c>), or identifies the variant
/// of a trace recorded on it (<c>--trace</c>): the matching presets, or the nearest with its distinguishing step.
/// </summary>
public static class FingerprintCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var trace = new Option<FileInfo?>("--trace") { Description = "A trace recorded on the battery (or any recorded trace) to identify." };
        var batteryOut = new Option<FileInfo?>("--battery-out") { Description = "Write the battery replay request to this file (feed it to the implementation under test)." };
        var amsgrad = new Option<bool>("--amsgrad") { Description = "With --battery-out: mark the request amsgrad = true (for implementations that need the flag)." };
        var decoupled = new Option<bool>("--decoupled") { Description = "With --battery-out: mark the request decoupled = true (AdamW-style implementations)." };
        var command = new Command("fingerprint", "Identify which Adam an implementation is from its trace on a discriminating battery.\n\nExamples:\n  adamv fingerprint --battery-out battery.json\n  python3 tools/torch_replay.py --request battery.json --optimizer adam --out torch.json\n  adamv fingerprint --trace torch.json")
        {
            trace, batteryOut, amsgrad, decoupled,
        };
        command.SetAction(parse =>
        {
            FileInfo? t = parse.GetValue(trace), b = parse.GetValue(batteryOut);
            if ((t is null) == (b is null))
            {
                throw new ArgumentException("give exactly one of --trace FILE (identify) or --battery-out FILE (write the battery).");
            }

            if (b is not null)
            {
                OutputSet.WriteFile(b.FullName, TraceJson.Serialize(Fingerprint.Battery(parse.GetValue(amsgrad), parse.GetValue(decoupled))), "--battery-out");
                output.WriteLine($"wrote {b.FullName}: {Fingerprint.Battery().Steps.Count} steps, coordinates = {string.Join("; ", Fingerprint.Patterns)}");
                return ExitCodes.Success;
            }

            OptionConflicts.Forbid(parse, "--trace (they mark a battery request)", amsgrad, decoupled);
            InputFiles.Require(t!, "--trace");
            OptimizerTrace recorded = TraceJson.Read(t!.FullName);
            if (!recorded.IsRecorded)
            {
                throw new FormatException($"{t.FullName}: steps without 'parameters': a replay request, not a recorded trace (record it with tools/torch_replay.py first).");
            }

            FingerprintResult f = Fingerprint.Identify(recorded);
            output.WriteLine($"{recorded.Implementation}:");
            if (f.Matches.Count > 0)
            {
                output.WriteLine($"  matches {string.Join(", ", f.Matches)}{(f.Matches.Count > 1 ? " (the same mathematics)" : string.Empty)}");
            }
            else
            {
                string pattern = f.NearestMismatch is { } m && m.Coordinate < Fingerprint.Patterns.Count && recorded.Dimension == Fingerprint.Patterns.Count ? $" (pattern '{Fingerprint.Patterns[m.Coordinate]}')" : string.Empty;
                output.WriteLine($"  matches no preset; nearest {f.Nearest}, first distinguished at {f.NearestMismatch}{pattern}");
            }

            output.WriteLine(f.StepCounter switch
            {
                "per parameter" => $"  step counter: per parameter (t advances by d = {recorded.Dimension} each step); with that counter it matches {string.Join(", ", f.PerParameterMatches)}",
                string c => $"  step counter: {c}",
            });

            foreach (ConformanceReport r in f.Reports)
            {
                output.WriteLine($"  {r.Variant,-20} {(r.Agrees ? "agrees" : "differs from step " + r.FirstMismatch!.Step)}");
            }

            return f.Matches.Count > 0 ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }
}
