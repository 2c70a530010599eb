namespace Adam.Verification.Theory.Claims;

/// <summary>A slice's first violation: the case index, the violating case's own detail, and its shrunk counterexample.</summary>
/// <param name="Case">The case index.</param>
/// <param name="Detail">The outcome detail of the case as generated (before shrinking).</param>
/// <param name="Counterexample">The shrunk counterexample.</param>
public sealed record SliceViolation(int Case, string Detail, Counterexample Counterexample);
