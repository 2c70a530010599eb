using System.Globalization;
using System.Text;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// The report as Markdown: the same content as the HTML page, figures linked as SVG files; the provenance line sits
/// between the same comments as on the page.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The Markdown text.</summary>
    public static string Render(VerifyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = new StringBuilder();
        s.Append("# Adam.Verification report\n\n");
        s.Append(Invariant.Format($"Budget **{report.BudgetName}**, seed **{report.Seed}**: {report.Summary}. Replay: `{report.Replay}`.\n\n"));
        if (report.Provenance is { } p)
        {
            // The comments stand on lines of their own: a line that starts with "<!--" would open a raw HTML block.
            s.Append(HtmlReport.ProvenanceStart).Append("\n\n").Append(Invariant.Format($"Made by adamv {p.Version} (commit `{p.Commit}`) on {p.DateText}, platform {p.Platform}, with `{p.CommandLine}`.")).Append("\n\n").Append(HtmlReport.ProvenanceEnd).Append("\n\n");
        }
        s.Append("| claim | objectives | verdict | expected | cases | meeting hypotheses | worst observable |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        IReadOnlyDictionary<string, string> objectives = Catalogue.ObjectivesById();
        foreach (ClaimResult r in report.Results)
        {
            s.Append(Invariant.Format($"| `{r.Id}` | {objectives.GetValueOrDefault(r.Id, "—")} | {(r.AsExpected ? string.Empty : "**")}{r.QualifiedVerdict}{(r.AsExpected ? string.Empty : "**")} | {r.ExpectedVerdict} | {r.Cases} | {r.CasesMeetingHypotheses} | {ObservableText.Format(r.WorstObservable)} |\n"));
        }

        s.Append('\n').Append(ObservableText.Legend).Append('\n');
        if (report.Sweep is { } sweep)
        {
            int k = sweep.Count > 0 ? sweep[0].Results.Count : 0;
            s.Append(Invariant.Format($"\n## Stability over seeds\n\nEach claim at {k} seeds derived from run seed {report.SweepRunSeed} (`{report.SweepReplay(k)}`); the claims below are shown at the first of them. {sweep.Sum(w => w.Flips.Count)} flips.\n\n| claim | expected | Held | Refuted | Inconclusive | flips |\n| --- | --- | --- | --- | --- | --- |\n"));
            foreach (SeedSweep w in sweep)
            {
                s.Append(Invariant.Format($"| `{w.ClaimId}` | {w.Expected} | {w.Count(Verdict.Held)} | {w.Count(Verdict.Refuted)} | {w.Count(Verdict.Inconclusive)} | {w.Flips.Count} |\n"));
            }

            foreach (ClaimResult f in sweep.SelectMany(w => w.Flips))
            {
                s.Append(Invariant.Format($"\n- `{f.Id}` at seed {f.Seed}: {f.Verdict}; replay: `{SeedSweep.ReplayCommand(f.Id, report.Budget, f.Seed)}{Catalogue.ReplayOptions(f.Id)}`"));
            }

            s.Append('\n');
        }

        s.Append("\n## Figures\n\n");
        if (report.Figures.Count == 0)
        {
            s.Append(ReportFigures.NoneText).Append("\n\n");
        }

        foreach (ReportFigure f in report.Figures)
        {
            s.Append(Invariant.Format($"### {f.Title}\n\n![{f.Title}](figures/{f.Name}.{(report.Format.WritesSvg() ? "svg" : "png")})\n\n{f.Caption}\n\n"));
        }

        s.Append("## Claims\n\n");
        foreach (ClaimResult r in report.Results)
        {
            s.Append(Invariant.Format($"### `{r.Id}` — {r.QualifiedVerdict} (expected {r.ExpectedVerdict})\n\n- Statement: {r.Statement}\n- Citation: {r.Citation}\n"));
            s.Append(Invariant.Format($"- Hypotheses: {r.Hypotheses}\n- Variant: {r.Variant}\n"));
            if (r.Fault is { } fault)
            {
                s.Append(Invariant.Format($"- Planted fault: {fault}\n"));
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
