namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>Whether a battery kills a mutant, and the first request and check that do.</summary>
/// <param name="Mutant">The mutant.</param>
/// <param name="Request">The first request whose trace exposes it (null: it survives).</param>
/// <param name="How">"lock-step: …" (the trace disagrees with the preset) or "request: …" (the trace does not answer its request).</param>
public sealed record MutantKill(Mutant Mutant, string? Request, string? How)
{
    /// <summary>Whether the battery killed the mutant.</summary>
    public bool Killed => Request is not null;
}
