using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// Writes a report directory — index.html, report.md, report.json, figures/*.svg, counterexamples/*.json — atomically:
/// everything is written into a sibling temporary directory first, then swapped in by renames, so an interrupted run
/// leaves the previous report intact.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="directory"/>; <paramref name="option"/> names it in messages.</summary>
    public static void Write(string directory, VerifyReport report, string option = "--report")
    {
        ArgumentNullException.ThrowIfNull(report);
        string target = OutputDestination.ForDirectory(directory, option);
        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        OutputSet.SweepStale(parent);
        string temp = OutputSet.TemporarySibling(target, "new");
        string old = OutputSet.TemporarySibling(target, "old");
        try
        {
            Directory.CreateDirectory(Path.Combine(temp, "figures"));
            Directory.CreateDirectory(Path.Combine(temp, "counterexamples"));
            File.WriteAllText(Path.Combine(temp, "index.html"), HtmlReport.Render(report));
            File.WriteAllText(Path.Combine(temp, "report.md"), MarkdownReport.Render(report));
            File.WriteAllText(Path.Combine(temp, "report.json"), VerifyJson.Text(report.Results, report.Budget));
            if (report.Sweep is { } sweep)
            {
                File.WriteAllText(Path.Combine(temp, "sweep.json"), VerifyJson.SweepText(sweep, report.Budget, report.SweepRunSeed));
            }

            foreach (ReportFigure f in report.Figures)
            {
                File.WriteAllText(Path.Combine(temp, "figures", f.Name + ".svg"), f.Svg);
            }

            foreach (ClaimResult r in report.Results)
            {
                if (r.Counterexample is { } c)
                {
                    File.WriteAllText(Path.Combine(temp, "counterexamples", OutputNames.Component(r.Id, "claim id") + ".json"), CounterexampleFile.Text(r.Id, c.Description, c.Outcome.Observable, c.InstanceJson));
                }
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
            }

            Directory.Move(temp, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(temp);
            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            throw new IOException($"{option}: cannot write the report to '{target}': {e.Message}", e);
        }

        Delete(old);
    }

    private static void Delete(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
