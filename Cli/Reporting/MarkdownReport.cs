using System.Globalization;
using System.Text;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>The report as Markdown: the same content as the HTML page, figures linked as SVG files.</summary>
public static class MarkdownReport
{
    /// <summary>The Markdown text.</summary>
    public static string Render(VerifyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = new StringBuilder();
        s.Append("# Adam.Verification report\n\n");
        s.Append(Invariant.Format($"Budget **{report.BudgetName}**, seed **{report.Seed}**: {report.Summary}. Replay: `adamv verify --budget {report.BudgetName} --seed {report.Seed}`.\n\n"));
        s.Append("| claim | verdict | expected | cases | meeting hypotheses | worst observable |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (ClaimResult r in report.Results)
        {
            s.Append(Invariant.Format($"| `{r.Id}` | {(r.AsExpected ? string.Empty : "**")}{r.Verdict}{(r.AsExpected ? string.Empty : "**")} | {r.ExpectedVerdict} | {r.Cases} | {r.CasesMeetingHypotheses} | {(r.WorstObservable is double w ? w.ToString("G6", CultureInfo.InvariantCulture) : "—")} |\n"));
        }

        s.Append("\n## Figures\n\n");
        foreach (ReportFigure f in report.Figures)
        {
            s.Append(Invariant.Format($"### {f.Title}\n\n![{f.Title}](figures/{f.Name}.svg)\n\n{f.Caption}\n\n"));
        }

        s.Append("## Claims\n\n");
        foreach (ClaimResult r in report.Results)
        {
            IClaim? claim = VerifyReport.ClaimFor(r.Id);
            s.Append(Invariant.Format($"### `{r.Id}` — {r.Verdict} (expected {r.ExpectedVerdict})\n\n- Statement: {r.Statement}\n- Citation: {r.Citation}\n"));
            if (claim is not null)
            {
                s.Append(Invariant.Format($"- Hypotheses: {claim.Hypotheses}\n- Variant: {claim.Variant}\n"));
            }

            s.Append(Invariant.Format($"- Evidence: {r.Evidence}\n"));
            if (r.Counterexample is { } c)
            {
                s.Append(Invariant.Format($"- Counterexample (case seed {c.CaseSeed}, `counterexamples/{r.Id}.json`):\n\n```\n{c.Description}\n{c.Outcome.Detail}\n```\n"));
            }

            s.Append('\n');
        }

        return s.ToString();
    }
}
