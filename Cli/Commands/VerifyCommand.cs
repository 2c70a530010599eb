using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv verify</c>: runs the catalogue (or the claims named) at a budget and seed, prints a verdict table, and
/// optionally writes the JSON report. Exit 0 when every verdict equals its expected verdict, 1 otherwise.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The environment variable that supplies the default seed.</summary>
    public const string SeedVariable = "ADAMV_SEED";

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var claims = new Option<string?>("--claims") { Description = "Comma-separated claim ids (default: all; see `adamv list`)." };
        var budget = new Option<string>("--budget")
        {
            Description = "quick | standard | thorough: case counts and horizons per claim (documented on each claim).",
            DefaultValueFactory = _ => "standard",
        };
        budget.AcceptOnlyFromAmong("quick", "standard", "thorough");
        var seed = new Option<ulong?>("--seed") { Description = $"Run seed (default: ${SeedVariable} or {ClaimRunSettings.DefaultSeed}). The same seed reproduces every verdict." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the verdicts as JSON to this file (written atomically)." };
        var command = new Command("verify", "Check the claims and print a verdict table.\n\nExamples:\n  adamv verify\n  adamv verify --claims sign-ratio-bound --budget standard --seed 7\n  adamv verify --budget quick --json out.json")
        {
            claims, budget, seed, json,
        };
        command.SetAction(parse =>
        {
            IReadOnlyList<IClaim> chosen = Catalogue.Select(parse.GetValue(claims));
            BudgetLevel level = ParseBudget(parse.GetValue(budget)!);
            ulong runSeed = parse.GetValue(seed) ?? SeedFromEnvironment();
            var results = new List<ClaimResult>();
            foreach (IClaim claim in chosen)
            {
                using var progress = new ProgressLine(error, claim.Id);
                ClaimResult result = claim.Check(new ClaimRunSettings(level, runSeed) { Progress = progress });
                progress.Finish(result);
                results.Add(result);
            }

            VerdictTable.Write(output, results, level, runSeed);
            if (parse.GetValue(json) is { } file)
            {
                VerifyJson.WriteAtomically(file.FullName, results);
                output.WriteLine($"wrote {file.FullName}");
            }

            return results.All(r => r.AsExpected) ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }

    /// <summary>The seed from <see cref="SeedVariable"/>, or the default.</summary>
    /// <exception cref="ArgumentException">The variable is set but not an unsigned 64-bit integer.</exception>
    public static ulong SeedFromEnvironment()
    {
        string? text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ClaimRunSettings.DefaultSeed;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
            ? value
            : throw new ArgumentException($"{SeedVariable} must be an unsigned 64-bit integer; got '{text}'.");
    }

    private static BudgetLevel ParseBudget(string text) => text switch
    {
        "standard" => BudgetLevel.Standard,
        "thorough" => BudgetLevel.Thorough,
        _ => BudgetLevel.Quick,
    };
}
