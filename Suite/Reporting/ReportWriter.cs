using Adam.Verification.Suite.Output;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// Writes a report directory — index.html, report.md, report.json, figures/*.svg (and *.png on request), counterexamples/*.json — atomically:
/// everything is written into a sibling temporary directory first, then swapped in by two renames (the old directory
/// aside, the new one in place). A failure before the swap leaves the previous report; a run killed between the two
/// renames leaves the previous report aside, and the next run writing there moves it back (<see cref="OutputSet.SweepStale"/>).
/// </summary>
public static class ReportWriter
{
    /// <summary>The entries a report directory holds; a directory holding anything else is not replaced.</summary>
    public static IReadOnlySet<string> Entries { get; } = new HashSet<string>(StringComparer.Ordinal) { "index.html", "report.md", "report.json", "sweep.json", "figures", "counterexamples" };

    /// <summary>
    /// Validates a report destination before any work: a new or empty directory, or a previous report (only
    /// <see cref="Entries"/>), never one holding other files (they would be lost in the swap) or an input of this run.
    /// </summary>
    /// <exception cref="ArgumentException">The destination is not a report directory; the message names the option and the entries.</exception>
    public static string RequireTarget(string directory, string option)
    {
        string target = OutputDestination.ForDirectory(directory, option);
        InputFiles.RequireNotAnInput(target, option);
        if (Directory.Exists(target))
        {
            string[] foreign = [.. Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).Where(n => !Entries.Contains(n!)).Order(StringComparer.Ordinal)!];
            if (foreign.Length > 0)
            {
                throw new ArgumentException($"{option}: '{target}' holds {string.Join(", ", foreign.Take(3))}{(foreign.Length > 3 ? ", …" : string.Empty)}, which is not part of a report; writing the report would replace it. Give a new or empty directory, or a previous report.");
            }

            // Inside figures/ and counterexamples/ only the files a report writes: a user's file there would be lost too.
            string[] foreignInside =
            [
                .. Inside(target, "figures", n => ReportFigures.Names.Any(f => n == f + ".svg" || n == f + ".png")),
                .. Inside(target, "counterexamples", n => Catalogue.All().Any(c => n == c.Id + ".json")),
            ];
            if (foreignInside.Length > 0)
            {
                throw new ArgumentException($"{option}: '{target}' holds {string.Join(", ", foreignInside.Take(3))}{(foreignInside.Length > 3 ? ", …" : string.Empty)}, which a report does not write; writing the report would replace it. Give a new or empty directory, or a previous report.");
            }

            // Names alone do not make a report: a non-empty directory must hold the report.json of a previous report.
            if (Directory.EnumerateFileSystemEntries(target).Any())
            {
                try
                {
                    _ = VerifyJson.Read(Path.Combine(target, "report.json"));
                }
                catch (Exception e) when (e is FormatException or IOException)
                {
                    throw new ArgumentException($"{option}: '{target}' is not empty and holds no previous adamv report (its report.json does not read as one); give a new or empty directory, or a previous report.", e);
                }
            }
        }

        return target;
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="directory"/>; <paramref name="option"/> names it in messages.</summary>
    public static void Write(string directory, VerifyReport report, string option = "--report")
    {
        ArgumentNullException.ThrowIfNull(report);
        string target = RequireTarget(directory, option);
        string parent = Path.GetDirectoryName(target) ?? ".";
        IReadOnlyList<string> created = OutputSet.CreateDirectories(parent, option);
        OutputSet.SweepStale(parent);
        string temp = Path.Combine(parent, OutputSet.TemporaryName("new-" + Path.GetFileName(target)));
        string old = Path.Combine(parent, OutputSet.TemporaryName("old-" + Path.GetFileName(target)));
        try
        {
            Directory.CreateDirectory(Path.Combine(temp, "figures"));
            Directory.CreateDirectory(Path.Combine(temp, "counterexamples"));
            File.WriteAllText(Path.Combine(temp, "index.html"), HtmlReport.Render(report));
            File.WriteAllText(Path.Combine(temp, "report.md"), MarkdownReport.Render(report));
            File.WriteAllText(Path.Combine(temp, "report.json"), VerifyJson.ReportText(report));
            if (report.Sweep is { } sweep)
            {
                File.WriteAllText(Path.Combine(temp, "sweep.json"), VerifyJson.SweepText(sweep, report.Budget, report.SweepRunSeed, report.Provenance));
            }

            foreach (ReportFigure f in report.Figures)
            {
                if (report.Format.WritesSvg())
                {
                    File.WriteAllText(Path.Combine(temp, "figures", f.Name + ".svg"), f.Svg);
                }

                if (report.Format.WritesPng())
                {
                    File.WriteAllBytes(Path.Combine(temp, "figures", f.Name + ".png"), PngExport.FromSvg(f.Svg, "--format"));
                }
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
        catch (Exception e)
        {
            // Every failure, not only I/O: a bug or a bad value found while rendering must not leave the temporary.
            Delete(temp);
            if (!Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }

            OutputSet.RemoveCreated(created);
            if (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"{option}: cannot write the report to '{target}': {e.Message}", e);
            }

            throw;
        }

        Delete(old);
    }

    /// <summary>The entries of <paramref name="directory"/>/<paramref name="sub"/> (as sub/name) that are not files a report writes.</summary>
    private static IEnumerable<string> Inside(string directory, string sub, Func<string, bool> written)
    {
        string path = Path.Combine(directory, sub);
        return !Directory.Exists(path)
            ? []
            : Directory.EnumerateFileSystemEntries(path)
                .Where(e => Directory.Exists(e) || !written(Path.GetFileName(e)))
                .Select(e => sub + "/" + Path.GetFileName(e))
                .Order(StringComparer.Ordinal);
    }

    private static void Delete(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
