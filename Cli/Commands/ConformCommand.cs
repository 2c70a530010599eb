using System.CommandLine;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Torch;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv conform --trace FILE [--request FILE] [--variant NAME] [--csv FILE]</c>: lock-step conformance of a recorded
/// trace or battery with a reference preset, and (with <c>--request</c>) a check that each trace answers its request.
/// <c>adamv conform --torchsharp NAME [--battery LEVEL | --request FILE] [--dtype D] [--trace-out FILE]</c> records the
/// traces in process with a TorchSharp optimizer first (the request check then always runs). Exit 0 when everything
/// agrees, 1 at a mismatch (printed with step, coordinate and quantity, and what the trace looks like), 2 on a
/// malformed file or option.
/// </summary>
public static class ConformCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter error)
    {
        var trace = new Option<FileInfo?>("--trace") { Description = "A recorded adamv-trace/1 file, or a recorded adamv-battery/1 file." };
        var request = new Option<FileInfo?>("--request") { Description = "The request (adamv-trace/1) or battery (adamv-battery/1) the trace answers: checks dtype, initial point, hyper-parameters and every step's lr and gradient." };
        var variant = new Option<string?>("--variant") { Description = "The reference preset (default: each trace's 'variant' field); see the presets in the README." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also export a single trace as CSV (t,coordinate,lr,gradient,parameter,m,v,vmax)." };
        TorchSharpSource torchSharp = TorchSharpSource.Create();
        var battery = BatteryOption.Create("With --torchsharp and no --request: the battery to replay (quick, standard or thorough).", BatteryLevel.Standard);
        var seed = new Option<ulong?>("--seed") { Description = $"With --torchsharp and --battery: draw another battery of the same design (default {BatteryCatalogue.DefaultSeed})." };
        var command = new Command("conform", "Compare a recorded optimizer trace (or battery) with a reference preset, step by step, and with the request it answers.\n\nExamples:\n  adamv fingerprint --battery standard --battery-out battery.json\n  python3 tools/torch_replay.py --request battery.json --optimizer adam --out torch-adam.json\n  adamv conform --trace torch-adam.json --request battery.json --variant pytorch-adam\n  adamv conform --torchsharp adamw --battery standard --dtype float32")
        {
            trace, request, variant, csv, torchSharp.Name, battery, seed, torchSharp.Dtype, torchSharp.TraceOut,
        };
        command.SetAction(parse =>
        {
            // A data file written to standard output (-) keeps standard output for the data: the rest goes to stderr.
            TextWriter output = StandardOutput.Is(parse.GetValue(csv)) || StandardOutput.Is(parse.GetValue(torchSharp.TraceOut)) ? error : stdout;
            FileInfo? file = parse.GetValue(trace);
            bool inProcess = parse.GetValue(torchSharp.Name) is not null;
            if ((file is null) == !inProcess)
            {
                throw new ArgumentException("give exactly one of --trace FILE (a recorded trace or battery) or --torchsharp NAME (record in process).");
            }

            // Inputs first (so that no output may replace them), then the destinations, then the work.
            if (file is not null)
            {
                InputFiles.Require(file, "--trace");
            }

            FileInfo? requestFile = parse.GetValue(request);
            if (requestFile is not null)
            {
                InputFiles.Require(requestFile, "--request");
            }

            FileInfo? csvFile = parse.GetValue(csv);
            if (csvFile is not null)
            {
                OutputDestination.ForFile(StandardOutput.PathOf(csvFile), "--csv");
            }

            torchSharp.CheckDestination(parse, csvFile);
            string? preset = parse.GetValue(variant);
            if (preset is not null)
            {
                try
                {
                    _ = Theory.Optimizers.AdamPresets.Get(preset);
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException($"--variant: {AdamvApp.OneLine(e.Message)}", e);
                }
            }

            TraceBattery? requests = requestFile is null ? null : BatteryJson.Read(requestFile.FullName);
            TraceBattery recorded;
            string source;
            if (inProcess)
            {
                OptionConflicts.Forbid(parse, "--request (the requests come from the file)", requests is null ? [] : [battery, seed]);
                TorchSharpOptimizer optimizer = torchSharp.Optimizer(parse);
                if (preset is null && optimizer.Preset is null)
                {
                    throw new ArgumentException($"--variant: optim {optimizer.Name} is not an Adam and has no preset of its own; name the preset to compare it with, or run adamv fingerprint --torchsharp {optimizer.Name}.");
                }

                BatteryLevel level = parse.GetValue(battery).Value;
                int count = requests?.Entries.Count ?? BatteryCatalogue.Get(level).Entries.Count;
                if (csvFile is not null && count != 1)
                {
                    throw new ArgumentException($"--csv exports a single trace; this replay records {count} (give --request with one trace, or --battery quick).");
                }

                TorchSharpReplay replay = torchSharp.Run(parse, requests, requestFile?.FullName, level, BatteryOption.Seed(parse, level, seed), output);
                (recorded, requests, source) = (replay.Recorded, replay.Requests, $"optim {optimizer.Name} (recorded in process)");
            }
            else
            {
                OptionConflicts.Forbid(parse, "--trace (they choose what --torchsharp replays)", battery, seed);
                torchSharp.ForbidWithout(parse, "--trace (it applies to --torchsharp)");
                recorded = BatteryJson.Read(file!.FullName);
                source = file.FullName;
                if (recorded.Entries.FirstOrDefault(e => !e.Trace.IsRecorded) is { } unrecorded)
                {
                    string which = recorded.Entries.Count == 1 ? string.Empty : $" (request '{unrecorded.Name}')";
                    throw new FormatException($"{file.FullName}: steps without 'parameters'{which}: a replay request, not a recorded trace (record it with tools/torch_replay.py or tools/adamv_record.py first).");
                }
            }

            if (parse.GetValue(csv) is not null && recorded.Entries.Count != 1)
            {
                throw new ArgumentException($"--csv exports a single trace; {source} holds {recorded.Entries.Count}.");
            }

            IReadOnlyList<EntryConformance> results;
            try
            {
                results = BatteryConformance.Check(recorded, preset, requests);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{(preset is null ? $"{source}: {VariantPath(recorded)}" : "--variant")}: {AdamvApp.OneLine(e.Message)}", e);
            }

            foreach (string line in ConformanceText.Render(recorded, results, requests is not null, source))
            {
                output.WriteLine(line);
            }

            if (csvFile is not null)
            {
                OutputSet.WriteFile(StandardOutput.PathOf(csvFile), CsvFile.WithProvenance(TraceCsv.Render(recorded.Entries[0].Trace), CommandProvenance.Of(parse)), "--csv");
                output.WriteLine($"wrote {(StandardOutput.Is(csvFile) ? "the CSV to standard output" : csvFile.FullName)}");
            }

            if (requests is null)
            {
                error.WriteLine("warning: no --request: only the trace's consistency with itself was checked (a recorder that rewrites the gradients, α_t or ε it was given passes); pass --request FILE to check that it answers its request.");
            }

            return results.All(r => r.Agrees) ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }

    /// <summary>The JSON path of the first trace whose 'variant' is missing or names no preset.</summary>
    private static string VariantPath(TraceBattery recorded)
    {
        bool single = recorded.Entries.Count == 1 && recorded.Name == "trace";
        for (int k = 0; k < recorded.Entries.Count; k++)
        {
            if (recorded.Entries[k].Trace.Variant is not { } v || !Theory.Optimizers.AdamPresets.All.Any(p => p.Name == v))
            {
                return single ? "$.variant" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.requests[{k}].trace.variant");
            }
        }

        return "$.variant";
    }
}
