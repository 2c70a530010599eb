namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// One request's outcome in a battery conformance check: the lock-step report against the preset, the first difference
/// from the request (when a request was given), and — on a failure — what the trace looks like instead.
/// </summary>
/// <param name="Name">The request's name.</param>
/// <param name="Variant">The preset compared against.</param>
/// <param name="Report">The lock-step report (null when no trace answers the request).</param>
/// <param name="RequestDifference">How the trace differs from its request (null when it answers it, or no request was given).</param>
/// <param name="LooksLike">On a lock-step mismatch: the presets and mutants that reproduce the trace (<see cref="Diagnosis"/>).</param>
public sealed record EntryConformance(string Name, string Variant, ConformanceReport? Report, RequestDifference? RequestDifference, IReadOnlyList<string> LooksLike)
{
    /// <summary>True when the trace answers its request and agrees with the preset at every step.</summary>
    public bool Agrees => Report is { Agrees: true } && RequestDifference is null;
}
