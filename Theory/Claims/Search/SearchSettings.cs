namespace Adam.Verification.Theory.Claims.Search;

/// <summary>How a search runs.</summary>
/// <param name="Evaluations">The budget: conclusion evaluations (cases that miss the hypotheses do not count).</param>
/// <param name="Seed">The seed; the same seed replays the same search.</param>
/// <param name="StopAtViolation">Stop at the first violation (true) or spend the whole budget pushing the observable (false).</param>
/// <param name="Patience">Evaluations without improvement before a restart from a fresh generated case.</param>
/// <param name="Starts">Fresh cases drawn at each (re)start; the climb begins from the one with the largest observable.</param>
/// <param name="MinimumGain">
/// The relative gain that counts as progress for patience: the climb restarts after <paramref name="Patience"/>
/// evaluations none of which raised the observable by more than this factor (0.01 when looking for a violation, so a
/// creeping climb restarts; 0 for a push, where the last gains are 1e-9 relative).
/// </param>
public sealed record SearchSettings(int Evaluations, ulong Seed, bool StopAtViolation = true, int Patience = 100, int Starts = 4, double MinimumGain = 0.01);
