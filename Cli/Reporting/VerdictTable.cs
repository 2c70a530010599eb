using Adam.Verification.Cli.Commands;
using System.Globalization;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>The plain-text verdict table printed by <c>adamv verify</c>.</summary>
public static class VerdictTable
{
    /// <summary>Writes the table, the counterexamples and a summary line.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ClaimResult> results, BudgetLevel level, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        int idWidth = Math.Max(5, results.Max(r => r.Id.Length));
        if (Output.Terminal.For(output) is { } terminal)
        {
            terminal.Rule("verdicts");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"claim".PadRight(idWidth)}  {"verdict",-12} {"expected",-12} {"cases",7} {"met",7} {"non-triv",8} {"seconds",8}  "));
        output.WriteLine(new string('-', idWidth + 67));
        foreach (ClaimResult r in results)
        {
            string mark = r.AsExpected ? "ok" : "UNEXPECTED";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Id.PadRight(idWidth)}  {r.Verdict,-12} {r.ExpectedVerdict,-12} {r.Cases,7} {r.CasesMeetingHypotheses,7} {(r.NonTrivialCases is int n ? n.ToString(CultureInfo.InvariantCulture) : "—"),8} {r.Seconds,8:F2}  {mark}{(r.Qualifier is null ? string.Empty : "  " + r.Qualifier)}"));
        }

        foreach (ClaimResult r in results.Where(r => r.Counterexample is not null))
        {
            output.WriteLine();
            output.WriteLine($"counterexample to {r.Id} (case seed {r.Counterexample!.CaseSeed}, {r.Counterexample.ShrinkSteps} shrink steps):");
            output.WriteLine($"  {r.Counterexample.Description}");
            output.WriteLine($"  {r.Counterexample.Outcome.Detail}");
        }

        foreach (ClaimResult r in results.Where(r => !r.AsExpected))
        {
            output.WriteLine();
            output.WriteLine($"UNEXPECTED {r.Id}: {r.QualifiedVerdict} (expected {r.ExpectedVerdict}). {r.Evidence}");
            output.WriteLine($"  replay: adamv verify --claims {r.Id} --budget {level.ToString().ToLowerInvariant()} --seed {r.Seed}{Catalogue.ReplayOptions(r.Id)}");
        }

        output.WriteLine();
        foreach (string qualifier in results.Select(r => r.Qualifier).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            output.WriteLine($"{qualifier}: the verdict stands for the statement with an estimated constant in place of the exact one (the claim's evidence says which and how it was checked).");
        }

        output.WriteLine("non-triv: cases meeting the hypotheses whose conclusion was not already true before the system under test acted (— for statistical claims, whose evidence states their margin and power).");
        int asExpected = results.Count(r => r.AsExpected);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{asExpected} of {results.Count} verdicts as expected (budget {level.ToString().ToLowerInvariant()}, seed {seed})."));
    }
}
