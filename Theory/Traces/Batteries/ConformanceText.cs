using System.Globalization;

namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>The lines <c>adamv conform</c> prints for a battery (or a single trace) checked by <see cref="BatteryConformance"/>.</summary>
public static class ConformanceText
{
    /// <summary>
    /// The report, one block per request, then a summary line when there are several. A request difference is named by
    /// <paramref name="source"/> (the recorded file) and the JSON path in it: <c>$.steps[2].gradient[5]</c> in a single
    /// trace, <c>$.requests[k].trace.steps[2].gradient[5]</c> in a battery.
    /// </summary>
    public static IReadOnlyList<string> Render(TraceBattery recorded, IReadOnlyList<EntryConformance> results, bool requestChecked, string source)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(results);
        var lines = new List<string>();
        bool single = recorded.Entries.Count == 1 && results.Count == 1;
        foreach (EntryConformance r in results)
        {
            OptimizerTrace? t = recorded.Find(r.Name)?.Trace ?? (single ? recorded.Entries[0].Trace : null);
            string label = single ? string.Empty : $"request '{r.Name}': ";
            if (t is null || r.Report is null)
            {
                lines.Add($"{label}NO TRACE answers this request");
                continue;
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label}{t.Implementation} ({t.Dtype}, d = {t.Dimension}, {t.Steps.Count} steps) against preset {r.Variant}:"));
            lines.Add($"  tolerance: {r.Report.ToleranceRule}");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {r.Report.Comparisons} values compared; largest error {r.Report.LargestRelativeError:G3} of the tolerance"));
            lines.Add(r.Report.FirstMismatch is { } m ? $"  FIRST MISMATCH: {m}" : "  AGREES at every step");
            if (r.Report.FirstMismatch is not null)
            {
                lines.Add(r.LooksLike.Count > 0 ? $"  looks like: {string.Join("; ", r.LooksLike)}" : "  looks like: no preset or catalogued mutant reproduces it");
            }

            if (requestChecked)
            {
                lines.Add(r.RequestDifference is { } d ? $"  DOES NOT ANSWER ITS REQUEST: {source}: {Located(recorded, r.Name, d, single)}" : "  answers its request (dtype, initial point, hyper-parameters, every α_t and gradient)");
            }
        }

        if (!single)
        {
            int failed = results.Count(r => !r.Agrees);
            lines.Add(failed == 0
                ? $"all {results.Count} requests agree{(requestChecked ? " and are answered" : string.Empty)}"
                : $"{failed} of {results.Count} requests fail: {string.Join(", ", results.Where(r => !r.Agrees).Select(r => r.Name))}");
        }

        return lines;
    }

    private static RequestDifference Located(TraceBattery recorded, string name, RequestDifference d, bool single)
    {
        // A single trace file (read as a battery of one named "trace") has no $.requests; a difference that is not a
        // field (no trace of that name) has no path to prefix.
        if (single || (recorded.Name == "trace" && recorded.Entries.Count == 1) || !d.Path.StartsWith('$'))
        {
            return d;
        }

        int k = recorded.Entries.ToList().FindIndex(e => e.Name == name);
        return d with { Path = string.Create(CultureInfo.InvariantCulture, $"$.requests[{k}].trace{d.Path[1..]}") };
    }
}
