using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv fingerprint</c>: writes a battery of discriminating requests (<c>--battery LEVEL --battery-out FILE</c>), or
/// identifies the variant of a trace or battery recorded on one (<c>--trace</c>): per request the matching presets, or
/// the nearest with its distinguishing step, and the presets that match every request. <c>--torchsharp NAME</c>
/// records the battery in process with a TorchSharp optimizer and identifies that.
/// </summary>
public static class FingerprintCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter error)
    {
        var trace = new Option<FileInfo?>("--trace") { Description = "A trace or battery recorded on a battery (or any recorded trace) to identify." };
        var batteryOut = new Option<FileInfo?>("--battery-out") { Description = "Write the battery of replay requests to this file (feed it to the implementation under test)." };
        var battery = BatteryOption.Create("With --battery-out (default quick) or --torchsharp (default standard): quick (1 request, 360 values), standard (6 requests, about 76,000 values) or thorough (11 requests); docs/conformance.md lists the mutants each kills.", BatteryLevel.Quick);
        var seed = new Option<ulong?>("--seed") { Description = $"With --battery-out or --torchsharp: draw another standard or thorough battery of the same design (default {BatteryCatalogue.DefaultSeed})." };
        var amsgrad = new Option<bool>("--amsgrad") { Description = "With --battery-out: mark every request amsgrad = true (for implementations that need the flag)." };
        var decoupled = new Option<bool>("--decoupled") { Description = "With --battery-out: mark every request decoupled = true (AdamW-style implementations: λ is decoupled)." };
        TorchSharpSource torchSharp = TorchSharpSource.Create();
        var command = new Command("fingerprint", "Identify which Adam an implementation is from its traces on a discriminating battery.\n\nExamples:\n  adamv fingerprint --battery standard --battery-out battery.json\n  python3 tools/torch_replay.py --request battery.json --optimizer adam --out torch.json\n  adamv fingerprint --trace torch.json\n  adamv fingerprint --torchsharp amsgrad --battery standard")
        {
            trace, batteryOut, battery, seed, amsgrad, decoupled, torchSharp.Name, torchSharp.Dtype, torchSharp.TraceOut,
        };
        command.SetAction(parse =>
        {
            // A data file written to standard output (-) keeps standard output for the data: the rest goes to stderr.
            TextWriter output = StandardOutput.Is(parse.GetValue(batteryOut)) || StandardOutput.Is(parse.GetValue(torchSharp.TraceOut)) ? error : stdout;
            FileInfo? t = parse.GetValue(trace), b = parse.GetValue(batteryOut);
            bool inProcess = parse.GetValue(torchSharp.Name) is not null;
            if ((t is null ? 0 : 1) + (b is null ? 0 : 1) + (inProcess ? 1 : 0) != 1)
            {
                throw new ArgumentException("give exactly one of --trace FILE (identify), --battery-out FILE (write the battery) or --torchsharp NAME (record the battery in process and identify).");
            }

            if (!inProcess)
            {
                torchSharp.ForbidWithout(parse, t is null ? "--battery-out" : "--trace");
            }

            if (b is not null)
            {
                BatteryLevel level = parse.GetValue(battery).Value;
                TraceBattery written = BatteryCatalogue.Get(level, parse.GetValue(amsgrad), parse.GetValue(decoupled), BatteryOption.Seed(parse, level, seed));
                OutputSet.WriteFile(StandardOutput.PathOf(b), BatteryJson.Serialize(written), "--battery-out");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {(StandardOutput.Is(b) ? "the battery to standard output" : b.FullName)}: battery {written.Name}, {written.Entries.Count} request(s), {written.Values} gradient values"));
                foreach (BatteryEntry e in written.Entries)
                {
                    output.WriteLine($"  {e.Name,-15} {e.Purpose}");
                }

                return ExitCodes.Success;
            }

            TraceBattery recorded;
            if (inProcess)
            {
                OptionConflicts.Forbid(parse, "--torchsharp (the optimizer sets the flags)", amsgrad, decoupled);
                // In process the standard battery is the default: recording it costs under a second.
                BatteryLevel level = parse.GetResult(battery) is { Implicit: false } ? parse.GetValue(battery).Value : BatteryLevel.Standard;
                torchSharp.CheckDestination(parse, null);
                recorded = torchSharp.Run(parse, null, null, level, BatteryOption.Seed(parse, level, seed), output).Recorded;
            }
            else
            {
                OptionConflicts.Forbid(parse, "--trace (they describe a battery to write)", amsgrad, decoupled, battery, seed);
                InputFiles.Require(t!, "--trace");
                recorded = BatteryJson.Read(t!.FullName);
                if (recorded.Entries.FirstOrDefault(e => !e.Trace.IsRecorded) is { } unrecorded)
                {
                    string which = recorded.Entries.Count == 1 ? string.Empty : $" (request '{unrecorded.Name}')";
                    throw new FormatException($"{t.FullName}: steps without 'parameters'{which}: a replay request, not a recorded trace (record it with tools/torch_replay.py first).");
                }
            }

            BatteryFingerprint f = BatteryFingerprint.Identify(recorded);
            foreach ((string name, FingerprintResult r) in f.PerRequest)
            {
                OptimizerTrace recordedTrace = recorded.Find(name)!.Trace;
                output.WriteLine(recorded.Entries.Count == 1 ? $"{recordedTrace.Implementation}:" : $"request '{name}' ({recordedTrace.Implementation}):");
                Describe(output, r, recordedTrace);
            }

            if (recorded.Entries.Count > 1)
            {
                output.WriteLine(f.Matches.Count > 0
                    ? $"identified on all {recorded.Entries.Count} requests as {string.Join(", ", f.Matches)}{(f.Matches.Count > 1 ? " (the same mathematics)" : string.Empty)}"
                    : $"no preset matches all {recorded.Entries.Count} requests");
            }

            return f.Matches.Count > 0 ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }

    private static void Describe(TextWriter output, FingerprintResult f, OptimizerTrace recorded)
    {
        if (f.Matches.Count > 0)
        {
            output.WriteLine($"  matches {string.Join(", ", f.Matches)}{(f.Matches.Count > 1 ? " (the same mathematics)" : string.Empty)}");
        }
        else
        {
            string pattern = f.NearestMismatch is { } m && m.Coordinate < Fingerprint.Patterns.Count && recorded.Dimension == Fingerprint.Patterns.Count ? $" (pattern '{Fingerprint.Patterns[m.Coordinate]}')" : string.Empty;
            output.WriteLine($"  matches no preset; nearest {f.Nearest}, first distinguished at {f.NearestMismatch}{pattern}");
            IReadOnlyList<string> looksLike = Diagnosis.LooksLike(recorded, f.Nearest);
            output.WriteLine(looksLike.Count > 0 ? $"  looks like: {string.Join("; ", looksLike)}" : "  looks like: no catalogued mutant of the nearest preset reproduces it");
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
    }
}
