using System.CommandLine;
using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv conform --trace FILE [--request FILE] [--variant NAME] [--csv FILE]</c>: lock-step conformance of a recorded
/// trace or battery with a reference preset, and (with <c>--request</c>) a check that each trace answers its request.
/// Exit 0 when everything agrees, 1 at a mismatch (printed with step, coordinate and quantity, and what the trace looks
/// like), 2 on a malformed file.
/// </summary>
public static class ConformCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var trace = new Option<FileInfo>("--trace") { Description = "A recorded adamv-trace/1 file, or a recorded adamv-battery/1 file.", Required = true };
        var request = new Option<FileInfo?>("--request") { Description = "The request (adamv-trace/1) or battery (adamv-battery/1) the trace answers: checks dtype, initial point, hyper-parameters and every step's lr and gradient." };
        var variant = new Option<string?>("--variant") { Description = "The reference preset (default: each trace's 'variant' field); see the presets in the README." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also export a single trace as CSV (t,coordinate,lr,gradient,parameter,m,v,vmax)." };
        var command = new Command("conform", "Compare a recorded optimizer trace (or battery) with a reference preset, step by step, and with the request it answers.\n\nExamples:\n  adamv fingerprint --battery standard --battery-out battery.json\n  python3 tools/torch_replay.py --request battery.json --optimizer adam --out torch-adam.json\n  adamv conform --trace torch-adam.json --request battery.json --variant pytorch-adam")
        {
            trace, request, variant, csv,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(csv) is { } destination)
            {
                OutputDestination.ForFile(destination.FullName, "--csv");
            }

            FileInfo file = parse.GetValue(trace)!;
            InputFiles.Require(file, "--trace");
            TraceBattery recorded = BatteryJson.Read(file.FullName);
            if (recorded.Entries.FirstOrDefault(e => !e.Trace.IsRecorded) is { } unrecorded)
            {
                string which = recorded.Entries.Count == 1 ? string.Empty : $" (request '{unrecorded.Name}')";
                throw new FormatException($"{file.FullName}: steps without 'parameters'{which}: a replay request, not a recorded trace (record it with tools/torch_replay.py or tools/adamv_record.py first).");
            }

            TraceBattery? requests = null;
            if (parse.GetValue(request) is { } requestFile)
            {
                InputFiles.Require(requestFile, "--request");
                requests = BatteryJson.Read(requestFile.FullName);
            }

            if (parse.GetValue(csv) is not null && recorded.Entries.Count != 1)
            {
                throw new ArgumentException($"--csv exports a single trace; {file.FullName} holds {recorded.Entries.Count}.");
            }

            string? preset = parse.GetValue(variant);
            IReadOnlyList<EntryConformance> results;
            try
            {
                results = BatteryConformance.Check(recorded, preset, requests);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{(preset is null ? $"{file.FullName}: $.variant" : "--variant")}: {AdamvApp.OneLine(e.Message)}", e);
            }

            foreach (string line in ConformanceText.Render(recorded, results, requests is not null, file.FullName))
            {
                output.WriteLine(line);
            }

            if (parse.GetValue(csv) is { } csvFile)
            {
                OutputSet.WriteFile(csvFile.FullName, TraceCsv.Render(recorded.Entries[0].Trace), "--csv");
                output.WriteLine($"wrote {csvFile.FullName}");
            }

            if (requests is null)
            {
                error.WriteLine("warning: no --request: only the trace's consistency with itself was checked (a recorder that rewrites the gradients, α_t or ε it was given passes); pass --request FILE to check that it answers its request.");
            }

            return results.All(r => r.Agrees) ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }
}
