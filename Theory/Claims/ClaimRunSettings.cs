namespace Adam.Verification.Theory.Claims;

/// <summary>How to run a claim.</summary>
/// <param name="Budget">The budget level.</param>
/// <param name="Seed">The run seed; case i uses SeededRandom.DeriveSeed(Seed, i).</param>
public sealed record ClaimRunSettings(BudgetLevel Budget, ulong Seed)
{
    /// <summary>The default run seed of the suite (overridden by --seed or ADAMV_SEED).</summary>
    public const ulong DefaultSeed = 20260101;

    /// <summary>Replaces the level's case count when set.</summary>
    public int? CasesOverride { get; init; }

    /// <summary>Receives the number of cases done so far.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Stops the run early (the verdict is then Inconclusive unless refuted).</summary>
    public CancellationToken Cancellation { get; init; }
}
