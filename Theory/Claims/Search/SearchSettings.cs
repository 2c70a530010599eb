namespace Adam.Verification.Theory.Claims.Search;

/// <summary>How a search runs.</summary>
/// <param name="Evaluations">The budget: conclusion evaluations (cases that miss the hypotheses do not count).</param>
/// <param name="Seed">The seed; the same seed replays the same search.</param>
/// <param name="StopAtViolation">Stop at the first violation (true) or spend the whole budget pushing the observable (false).</param>
/// <param name="Patience">Evaluations without improvement before a restart from a fresh generated case.</param>
/// <param name="Starts">Fresh cases drawn at each (re)start; the climb begins from the one with the largest observable.</param>
public sealed record SearchSettings(int Evaluations, ulong Seed, bool StopAtViolation = true, int Patience = 100, int Starts = 8);
