namespace Adam.Verification.Theory.Claims;

/// <summary>A minimal instance that meets a claim's hypotheses and violates its conclusion.</summary>
/// <param name="Description">The instance stated the way a paper would state it.</param>
/// <param name="Outcome">What the conclusion evaluated to on it.</param>
/// <param name="CaseSeed">The seed that generated the original (unshrunk) case; <c>Replay(CaseSeed)</c> regenerates it.</param>
/// <param name="ShrinkSteps">How many successful shrink steps led from the original to this instance.</param>
/// <param name="InstanceJson">The shrunk instance as JSON.</param>
public sealed record Counterexample(string Description, CaseOutcome Outcome, ulong CaseSeed, int ShrinkSteps, string InstanceJson);
