namespace Adam.Verification.Theory.Traces;

/// <summary>What a lock-step comparison found: steps and values compared, the tolerance rule, and the first mismatch (null = agreement).</summary>
/// <param name="Variant">The reference preset compared against.</param>
/// <param name="Steps">Steps compared.</param>
/// <param name="Comparisons">Values compared (parameters and every recorded state buffer).</param>
/// <param name="ToleranceRule">The tolerance, in words, with its numbers.</param>
/// <param name="LargestRelativeError">max |Δ|/(atol + rtol·|reference|) over every comparison (≤ 1 means within tolerance).</param>
/// <param name="FirstMismatch">The first step/coordinate/quantity out of tolerance, or null.</param>
public sealed record ConformanceReport(string Variant, int Steps, long Comparisons, string ToleranceRule, double LargestRelativeError, ConformanceMismatch? FirstMismatch)
{
    /// <summary>True when no comparison exceeded the tolerance.</summary>
    public bool Agrees => FirstMismatch is null;
}
