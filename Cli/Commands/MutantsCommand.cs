using System.CommandLine;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Theory.Traces.Mutants;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv mutants [--battery LEVEL] [--seed S]</c>: runs the mutant catalogue against a battery as an implementer's CI
/// would (<c>conform --request</c> on every request) and prints which request kills each mutant, and how. Exit 0 when
/// every mutant is killed, 1 when some survive.
/// </summary>
public static class MutantsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var battery = BatteryOption.Create("quick, standard or thorough.", BatteryLevel.Standard);
        var seed = new Option<ulong?>("--seed") { Description = $"Draw another battery of the same design (default {BatteryCatalogue.DefaultSeed})." };
        var command = new Command("mutants", "List the catalogue of wrong Adams and which battery request kills each.\n\nExamples:\n  adamv mutants --battery quick\n  adamv mutants --battery standard --seed 7")
        {
            battery, seed,
        };
        command.SetAction(parse =>
        {
            BatteryLevel level = parse.GetValue(battery).Value;
            IReadOnlyList<MutantKill> kills = MutantKills.Evaluate(level, BatteryOption.Seed(parse, level, seed));
            foreach (MutantKill k in kills)
            {
                output.WriteLine($"{k.Mutant.Id,-36} {k.Mutant.Preset,-16} {(k.Killed ? $"killed by '{k.Request}' ({k.How})" : "SURVIVES")}");
            }

            foreach (Mutant m in MutantCatalogue.All.Where(m => m.UnobservableInTraces is not null))
            {
                output.WriteLine($"{m.Id,-36} {m.Preset,-16} not observable in a trace: {m.UnobservableInTraces}");
            }

            output.WriteLine($"battery {level.ToString().ToLowerInvariant()}: {kills.Count(k => k.Killed)} of {kills.Count} trace-observable mutants killed");
            return kills.All(k => k.Killed) ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }
}
