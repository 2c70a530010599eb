namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// The fingerprint of a recorded battery: each request's <see cref="FingerprintResult"/>, and the presets that match
/// every request (an implementation is identified when this is not empty).
/// </summary>
/// <param name="PerRequest">Each request's name and fingerprint, in battery order.</param>
/// <param name="Matches">The presets that match on every request.</param>
public sealed record BatteryFingerprint(IReadOnlyList<(string Request, FingerprintResult Result)> PerRequest, IReadOnlyList<string> Matches)
{
    /// <summary>Fingerprints every trace of <paramref name="recorded"/>.</summary>
    public static BatteryFingerprint Identify(TraceBattery recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var per = recorded.Entries.Select(e => (e.Name, Fingerprint.Identify(e.Trace))).ToList();
        IEnumerable<string> common = per[0].Item2.Matches;
        foreach ((_, FingerprintResult r) in per.Skip(1))
        {
            common = common.Intersect(r.Matches, StringComparer.Ordinal);
        }

        return new BatteryFingerprint(per, [.. common]);
    }
}
