using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// Conformance of a recorded battery (or a single trace) with a preset, request by request: each trace is checked in
/// lock step (<see cref="Conformance"/>) and, when the requests are given, against the request it answers
/// (<see cref="RequestCheck"/>, paired by name). A request no trace answers, or a trace that answers no request, is a
/// difference. A lock-step mismatch is diagnosed (<see cref="Diagnosis"/>).
/// </summary>
public static class BatteryConformance
{
    /// <summary>
    /// Checks every trace of <paramref name="recorded"/> against <paramref name="variant"/> (null: each trace's own
    /// <c>variant</c>) and, when <paramref name="requests"/> is given, against its request.
    /// </summary>
    /// <exception cref="ArgumentException">A trace names no variant and none was given, or the variant is unknown.</exception>
    /// <exception cref="TraceFormatException">A trace is a request (has no parameters).</exception>
    public static IReadOnlyList<EntryConformance> Check(TraceBattery recorded, string? variant, TraceBattery? requests = null)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var results = new List<EntryConformance>();
        foreach (BatteryEntry entry in recorded.Entries)
        {
            OptimizerTrace trace = entry.Trace;
            if (!trace.IsRecorded)
            {
                throw new TraceFormatException($"request '{entry.Name}' has steps without 'parameters': a replay request, not a recorded trace.");
            }

            string name = variant ?? trace.Variant ?? throw new ArgumentException($"trace '{entry.Name}' names no variant (a string 'variant'); pass --variant (a preset name).");
            AdamOptions options = TraceVariant.Configure(name, trace.Hyperparameters);
            ConformanceReport report = Conformance.Check(trace, options, name);
            RequestDifference? difference = null;
            if (requests is not null)
            {
                BatteryEntry? request = requests.Entries.Count == 1 && recorded.Entries.Count == 1 ? requests.Entries[0] : requests.Find(entry.Name);
                difference = request is null
                    ? new RequestDifference("(request)", $"a trace named '{entry.Name}'", "no request of that name")
                    : RequestCheck.Compare(trace, request.Trace);
            }

            results.Add(new EntryConformance(entry.Name, name, report, difference, report.Agrees ? [] : Diagnosis.LooksLike(trace, name)));
        }

        if (requests is not null && !(requests.Entries.Count == 1 && recorded.Entries.Count == 1))
        {
            foreach (BatteryEntry missing in requests.Entries.Where(r => recorded.Find(r.Name) is null))
            {
                results.Add(new EntryConformance(missing.Name, variant ?? "(none)", null, new RequestDifference("(trace)", "no trace of that name", $"request '{missing.Name}'"), []));
            }
        }

        return results;
    }
}
