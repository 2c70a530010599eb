using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// Writes a report directory — index.html, report.md, report.json, figures/*.svg, counterexamples/*.json — atomically:
/// everything is written into a sibling temporary directory first, then swapped in by renames, so an interrupted run
/// leaves the previous report intact.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="directory"/>.</summary>
    public static void Write(string directory, VerifyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string temp = Path.Combine(parent, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(temp, "figures"));
        Directory.CreateDirectory(Path.Combine(temp, "counterexamples"));
        File.WriteAllText(Path.Combine(temp, "index.html"), HtmlReport.Render(report));
        File.WriteAllText(Path.Combine(temp, "report.md"), MarkdownReport.Render(report));
        VerifyJson.WriteAtomically(Path.Combine(temp, "report.json"), report.Results, report.Budget);
        if (report.Sweep is { } sweep)
        {
            VerifyJson.WriteSweepAtomically(Path.Combine(temp, "sweep.json"), sweep, report.Budget, report.SweepRunSeed);
        }

        foreach (ReportFigure f in report.Figures)
        {
            File.WriteAllText(Path.Combine(temp, "figures", f.Name + ".svg"), f.Svg);
        }

        foreach (ClaimResult r in report.Results)
        {
            if (r.Counterexample is { } c)
            {
                CounterexampleFile.Write(Path.Combine(temp, "counterexamples", r.Id + ".json"), r.Id, c.Description, c.Outcome.Observable, c.InstanceJson);
            }
        }

        string old = Path.Combine(parent, $".{Path.GetFileName(target)}.{Environment.ProcessId}.old");
        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(temp, target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
