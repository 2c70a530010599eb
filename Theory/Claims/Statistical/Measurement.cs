namespace Adam.Verification.Theory.Claims.Statistical;

/// <summary>What a statistical claim measured in one run, before it is judged.</summary>
/// <param name="Checks">The asserted sub-checks (the margin k is sized for their number).</param>
/// <param name="Cases">The Monte Carlo paths, instances or replicates run.</param>
/// <param name="UnmetHypotheses">The hypotheses that failed on a configuration the claim ran (empty when all held).</param>
/// <param name="Notes">Quantities reported but not asserted, each with the reason.</param>
public sealed record Measurement(IReadOnlyList<SubCheck> Checks, int Cases, IReadOnlyList<string> UnmetHypotheses, IReadOnlyList<string> Notes);
