using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Search;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv search</c>: targeted search (hill climb with restarts) on a claim's observable, beside the random baseline
/// with the same budget and generator; the best case is printed in paper form and can be saved for <c>adamv check</c>.
/// </summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter error)
    {
        var claimId = new Option<string>("--claim") { Description = "The claim to search (a catalogue id; see `adamv list`).", Required = true };
        var budget = new Option<int>("--evaluations") { Description = "Conclusion evaluations for each of the search and the random baseline (1–10,000,000).", DefaultValueFactory = _ => 2_000 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed; the same seed replays the same search." };
        var push = new Option<bool>("--push") { Description = "Spend all the evaluations pushing the observable up instead of stopping at the first violation." };
        var patience = new Option<int?>("--patience") { Description = "Evaluations without a gain before a restart (default 15 when looking for a violation, where a gain is above 1% relative; 3,000 with --push, where any gain counts)." };
        var starts = new Option<int>("--starts") { Description = "Fresh cases drawn at each (re)start; the climb begins from the best.", DefaultValueFactory = _ => 4 };
        var save = new Option<FileInfo?>("--counterexample-out") { Description = "Save the best case as a counterexample file for `adamv check --counterexample`." };
        var claimsFrom = ClaimsFromOption.Create();
        var command = new Command("search", "Climb a claim's observable (the conclusion fails above 1) toward a violation, and compare with random generation.\n\nExamples:\n  adamv search --claim constant-step-bound-as-printed --evaluations 2000\n  adamv search --claim sign-ratio-bound --push --evaluations 1000000 --counterexample-out best.json")
        {
            claimId, budget, seed, push, patience, starts, save, claimsFrom,
        };
        command.SetAction(parse =>
        {
            // A data file written to standard output (-) keeps standard output for the data: the rest goes to stderr.
            TextWriter output = StandardOutput.Is(parse.GetValue(save)) ? error : stdout;
            using IDisposable loaded = ClaimsFromOption.Include(parse, claimsFrom);
            if (parse.GetValue(save) is { } destination)
            {
                OutputDestination.ForFile(StandardOutput.PathOf(destination), "--counterexample-out");
            }

            IClaim claim = Catalogue.Get(parse.GetValue(claimId) ?? string.Empty, "--claim");
            if (claim is not ISearchable searchable || !searchable.CanSearch)
            {
                throw new ArgumentException($"claim '{claim.Id}' defines no mutation, so it cannot be searched; searchable: {string.Join(", ", Catalogue.All().Where(c => c is ISearchable { CanSearch: true }).Select(c => c.Id))}.");
            }

            int n = parse.GetValue(budget);
            if (n is < 1 or > 10_000_000)
            {
                throw new ArgumentException($"--evaluations must lie in [1, 10000000]; got {n}.");
            }

            int p = parse.GetValue(patience) ?? (parse.GetValue(push) ? 3_000 : 15);
            if (p < 1)
            {
                throw new ArgumentException($"--patience must be at least 1; got {p}.");
            }

            int startCount = parse.GetValue(starts);
            if (startCount < 1)
            {
                throw new ArgumentException($"--starts must be at least 1; got {startCount}.");
            }

            bool pushing = parse.GetValue(push);
            var settings = new SearchSettings(n, parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment(), !pushing, p, startCount, pushing ? 0 : 0.01);
            SearchResult targeted = searchable.Search(settings);
            SearchResult random = searchable.RandomSearch(settings);
            output.WriteLine($"{claim.Id}: budget {n} evaluations each, seed {settings.Seed}, {(settings.StopAtViolation ? "stop at the first violation" : "push the observable")}");
            foreach (SearchResult r in new[] { targeted, random })
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Method,-8}  evaluations {r.Evaluations,8}  first violation {(r.FirstViolationAt is { } v ? v.ToString(CultureInfo.InvariantCulture) : "none"),8}  best observable {r.BestObservable:R}  (1 − best = {1 - r.BestObservable:G3})"));
            }

            output.WriteLine($"  targeted restarts {targeted.Restarts}; gains by operator: {string.Join(", ", targeted.OperatorGains.Where(g => g.Gains > 0).OrderByDescending(g => g.Gains).Select(g => $"{g.Operator} {g.Gains}"))}");
            output.WriteLine($"best case (targeted): {targeted.BestDescription}");
            if (parse.GetValue(save) is { } file)
            {
                CounterexampleFile.Write(StandardOutput.PathOf(file), claim.Id, targeted.BestDescription, targeted.BestObservable, targeted.BestJson, "--counterexample-out");
                output.WriteLine($"wrote {(StandardOutput.Is(file) ? "the counterexample to standard output" : file.FullName)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
