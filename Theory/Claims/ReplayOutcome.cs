namespace Adam.Verification.Theory.Claims;

/// <summary>A replayed instance: its paper form, the hypothesis it misses (or null), and the conclusion's outcome when evaluated.</summary>
public sealed record ReplayOutcome(string Description, string? UnmetHypothesis, CaseOutcome? Outcome);
