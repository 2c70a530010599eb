using System.Text;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Theory.Traces.Mutants;

namespace Adam.Verification.Properties.Docs;

/// <summary>
/// docs/conformance.md's mutant table is what the batteries measure: for every mutant, the quick and standard
/// batteries' first killing request and check (lock-step or request), or why no trace can show it; and docs/cli.md's
/// kill counts match.
/// </summary>
public sealed class ConformanceDocumentTests
{
    private const string Begin = "<!-- mutant-table:begin -->\n", End = "<!-- mutant-table:end -->";

    [Fact]
    public void The_mutant_table_in_docs_conformance_md_is_the_measured_one()
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "conformance.md")).ReplaceLineEndings("\n");
        int start = page.IndexOf(Begin, StringComparison.Ordinal);
        int end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/conformance.md has no mutant-table markers");
        string shown = page[(start + Begin.Length)..end];
        string measured = Table();
        Assert.True(shown == measured, $"docs/conformance.md's mutant table is stale; the measured table is:\n{measured}");
    }

    [Fact]
    public void The_cli_reference_states_the_measured_kill_counts()
    {
        string readme = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "cli.md")), @"\s+", " ");
        int observable = MutantCatalogue.All.Count(m => m.UnobservableInTraces is null);
        int quick = MutantKills.Evaluate(BatteryLevel.Quick).Count(k => k.Killed);
        int standard = MutantKills.Evaluate(BatteryLevel.Standard).Count(k => k.Killed);
        Assert.Contains($"quick battery kills {quick} of the {observable} trace-observable mutants, the standard battery {standard}", readme, StringComparison.Ordinal);
    }

    private static string Table()
    {
        IReadOnlyList<MutantKill> quick = MutantKills.Evaluate(BatteryLevel.Quick), standard = MutantKills.Evaluate(BatteryLevel.Standard);
        var text = new StringBuilder("| mutant | what is wrong | claims | quick | standard |\n| --- | --- | --- | --- | --- |\n");
        foreach (Mutant m in MutantCatalogue.All)
        {
            if (m.UnobservableInTraces is { } why)
            {
                text.Append($"| `{m.Id}` | {m.Description} | {m.Preset} | — | — ({why}) |\n");
                continue;
            }

            text.Append($"| `{m.Id}` | {m.Description} | {m.Preset} | {Cell(quick.Single(k => k.Mutant.Id == m.Id))} | {Cell(standard.Single(k => k.Mutant.Id == m.Id))} |\n");
        }

        return text.ToString();
    }

    private static string Cell(MutantKill k) => k.Killed ? $"{k.Request} ({k.How![..k.How!.IndexOf(':', StringComparison.Ordinal)]})" : "survives";
}
