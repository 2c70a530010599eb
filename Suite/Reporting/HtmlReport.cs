using System.Globalization;
using System.Net;
using System.Text;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// The report as one self-contained, well-formed (XHTML-compatible) HTML page: no scripts, no network, figures inline
/// as SVG. Run times are left out so that a merged sharded run gives the same page as a single run, except for the
/// provenance paragraph (between <see cref="ProvenanceStart"/> and <see cref="ProvenanceEnd"/>), which names the command,
/// commit and date that made this page.
/// </summary>
public static class HtmlReport
{
    private const string Style = "body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}th{background:#f0f0f0}.ok{color:#1b7f3b;font-weight:bold}.bad{color:#b00020;font-weight:bold}section{border-top:1px solid #ddd;margin-top:1.5em}pre{white-space:pre-wrap;background:#f7f7f7;padding:.6em;font-size:13px}figure{margin:1.5em 0}figcaption{font-size:13px;color:#444}";

    /// <summary>The comment that opens the provenance paragraph.</summary>
    public const string ProvenanceStart = "<!-- provenance -->";

    /// <summary>The comment that closes the provenance paragraph.</summary>
    public const string ProvenanceEnd = "<!-- /provenance -->";

    /// <summary>The page.</summary>
    public static string Render(VerifyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Adam.Verification report</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        s.Append("<h1>Adam.Verification report</h1>\n");
        s.Append(Invariant.Format($"<p>Budget <b>{report.BudgetName}</b>, seed <b>{report.Seed}</b>: <span class=\"{(report.Results.All(r => r.AsExpected) ? "ok" : "bad")}\">{report.Summary}</span>. Replay: <code>{E(report.Replay)}</code>.</p>\n"));
        if (report.Provenance is { } p)
        {
            s.Append(ProvenanceStart).Append(Invariant.Format($"<p id=\"provenance\">Made by adamv {E(p.Version)} (commit <code>{E(p.Commit)}</code>) on {E(p.DateText)}, platform {E(p.Platform)}, with <code>{E(p.CommandLine)}</code>.</p>")).Append(ProvenanceEnd).Append('\n');
        }
        s.Append("<h2>Verdicts</h2>\n<table>\n<tr><th>claim</th><th>objectives</th><th>verdict</th><th>expected</th><th>cases</th><th>meeting hypotheses</th><th>worst observable</th></tr>\n");
        IReadOnlyDictionary<string, string> objectives = Catalogue.ObjectivesById();
        foreach (ClaimResult r in report.Results)
        {
            s.Append(Invariant.Format($"<tr><td><a href=\"#{E(r.Id)}\">{E(r.Id)}</a></td><td>{objectives.GetValueOrDefault(r.Id, "—")}</td><td class=\"{(r.AsExpected ? "ok" : "bad")}\">{E(r.QualifiedVerdict)}</td><td>{r.ExpectedVerdict}</td><td>{r.Cases}</td><td>{r.CasesMeetingHypotheses}</td><td>{ObservableText.Format(r.WorstObservable)}</td></tr>\n"));
        }

        s.Append("</table>\n");
        s.Append(Invariant.Format($"<p>{E(ObservableText.Legend)}</p>\n"));
        if (report.Sweep is { } sweep)
        {
            int k = sweep.Count > 0 ? sweep[0].Results.Count : 0;
            s.Append(Invariant.Format($"<h2>Stability over seeds</h2>\n<p>Each claim at {k} seeds derived from run seed {report.SweepRunSeed} (<code>{E(report.SweepReplay(k))}</code>); the claims below are shown at the first of them. {sweep.Sum(w => w.Flips.Count)} flips.</p>\n<table>\n<tr><th>claim</th><th>expected</th><th>Held</th><th>Refuted</th><th>Inconclusive</th><th>flips</th></tr>\n"));
            foreach (SeedSweep w in sweep)
            {
                s.Append(Invariant.Format($"<tr><td>{E(w.ClaimId)}</td><td>{w.Expected}</td><td>{w.Count(Verdict.Held)}</td><td>{w.Count(Verdict.Refuted)}</td><td>{w.Count(Verdict.Inconclusive)}</td><td class=\"{(w.Flips.Count == 0 ? "ok" : "bad")}\">{w.Flips.Count}</td></tr>\n"));
            }

            s.Append("</table>\n");
            foreach (ClaimResult f in sweep.SelectMany(w => w.Flips))
            {
                s.Append(Invariant.Format($"<p class=\"bad\">{E(f.Id)} at seed {f.Seed}: {f.Verdict}; replay: <code>{E(SeedSweep.ReplayCommand(f.Id, report.Budget, f.Seed) + Catalogue.ReplayOptions(f.Id))}</code></p>\n"));
            }
        }

        s.Append("<h2>Figures</h2>\n");
        if (report.Figures.Count == 0)
        {
            s.Append(Invariant.Format($"<p>{E(ReportFigures.NoneText)}</p>\n"));
        }

        foreach (ReportFigure f in report.Figures)
        {
            s.Append(Invariant.Format($"<figure id=\"fig-{E(f.Name)}\">\n<h3>{E(f.Title)}</h3>\n")).Append(StripXmlDeclaration(f.Svg)).Append(Invariant.Format($"<figcaption>{E(f.Caption)} ({FileLinks(f.Name, report.Format)})</figcaption>\n</figure>\n"));
        }

        s.Append("<p>The paper-scale run of the schedulers experiment is <code>adamv experiment schedulers --scale paper</code> (about 50 minutes; OpenBLAS runs on one thread); its verdict for <code>constant-step-beats-schedulers</code> is in the README.</p>\n<h2>Claims</h2>\n");
        foreach (ClaimResult r in report.Results)
        {
            s.Append(Invariant.Format($"<section id=\"{E(r.Id)}\">\n<h3>{E(r.Id)} — <span class=\"{(r.AsExpected ? "ok" : "bad")}\">{E(r.QualifiedVerdict)}</span> (expected {r.ExpectedVerdict})</h3>\n"));
            s.Append(Invariant.Format($"<p><b>Statement.</b> {M(r.Statement)}</p>\n<p><b>Citation.</b> {E(r.Citation)}</p>\n"));
            s.Append(Invariant.Format($"<p><b>Hypotheses.</b> {M(r.Hypotheses)}</p>\n<p><b>Variant.</b> {M(r.Variant)}</p>\n"));
            if (r.Fault is { } fault)
            {
                s.Append(Invariant.Format($"<p><b>Planted fault.</b> {M(fault)}</p>\n"));
            }

            s.Append(Invariant.Format($"<p><b>Evidence.</b> {M(r.Evidence)}</p>\n"));
            if (r.Counterexample is { } c)
            {
                s.Append(Invariant.Format($"<p><b>Counterexample</b> (case seed {c.CaseSeed}, {c.ShrinkSteps} shrink steps; <a href=\"counterexamples/{E(r.Id)}.json\">JSON</a>, replay with <code>adamv check --counterexample counterexamples/{E(r.Id)}.json{E(Catalogue.ReplayOptions(r.Id))}</code>):</p>\n<pre>{E(c.Description)}\n{E(c.Outcome.Detail)}</pre>\n"));
            }

            s.Append("</section>\n");
        }

        s.Append("</body>\n</html>\n");
        return s.ToString();
    }

    private static string StripXmlDeclaration(string svg) => svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..] : svg;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Links to the figure's files in the report's figures/ folder.</summary>
    private static string FileLinks(string name, FigureFormat format) => string.Join(", ",
        FigureFiles.Names(name, format).Select(file => Invariant.Format($"<a href=\"figures/{E(file)}\">{(file.EndsWith(".png", StringComparison.Ordinal) ? "PNG" : "SVG")} file</a>")));

    /// <summary>Text with maths: encoded, exponents and indices typeset (<see cref="MathText"/>).</summary>
    private static string M(string text) => MathText.Html(text);
}
