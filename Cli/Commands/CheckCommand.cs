using System.CommandLine;
using System.Text.Json;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv check --counterexample FILE</c>: replays saved cases against the current code. Exit 0 when every case
/// still violates its claim's conclusion (the counterexample reproduces), 1 when some case now holds or misses the
/// hypotheses (say, after a fix), 2 on a malformed file.
/// </summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var file = new Option<FileInfo>("--counterexample") { Description = "A counterexample file (from `search --counterexample-out` or `verify --report`) or a `verify --json` report.", Required = true };
        var claimsFrom = ClaimsFromOption.Create();
        var command = new Command("check", "Replay saved counterexamples: does each still violate its claim?\n\nExamples:\n  adamv check --counterexample report/counterexamples/sign-ratio-unbounded-without-hypothesis.json\n  adamv check --counterexample out.json")
        {
            file, claimsFrom,
        };
        command.SetAction(parse =>
        {
            using IDisposable loaded = ClaimsFromOption.Include(parse, claimsFrom);
            FileInfo f = parse.GetValue(file)!;
            InputFiles.Require(f, "--counterexample");

            bool allReproduce = true;
            foreach ((string id, string json, string at) in CounterexampleFile.Read(f.FullName))
            {
                IClaim claim = Catalogue.Get(id, $"{f.FullName}: claim");
                if (claim is not IReplayable replayable)
                {
                    throw new ArgumentException($"{f.FullName}: {(at.StartsWith("$[", StringComparison.Ordinal) ? at[..at.IndexOf(']', StringComparison.Ordinal)] + "].id" : "$.claim")}: claim '{id}' has no replayable instances (it is not an instance claim).");
                }

                ReplayOutcome r;
                try
                {
                    r = replayable.Replay(json, at);
                }
                catch (JsonException e)
                {
                    throw new FormatException($"{f.FullName}: the instance for '{id}' is malformed: {e.Message}");
                }
                catch (ArgumentException e)
                {
                    throw new FormatException($"{f.FullName}: {at}: the instance for '{id}' is invalid: {AdamvApp.OneLine(e.Message)}");
                }

                bool reproduces = r.UnmetHypothesis is null && r.Outcome is { Holds: false };
                allReproduce &= reproduces;
                output.WriteLine($"{id}: {(reproduces ? "REPRODUCES (the conclusion fails)" : r.UnmetHypothesis is { } why ? "misses the hypotheses: " + why : "NO LONGER a counterexample (the conclusion holds)")}");
                output.WriteLine($"  {r.Description}");
                if (r.Outcome is { } o)
                {
                    output.WriteLine($"  {o.Detail}");
                }
            }

            return allReproduce ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }
}
