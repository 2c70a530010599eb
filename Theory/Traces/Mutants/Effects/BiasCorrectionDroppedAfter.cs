namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>
/// Bias correction skipped once t exceeds <paramref name="Steps"/> ("1 − β^t is 1 by then"; it is not for β2 = 0.999,
/// where 1 − β2^1000 ≈ 0.63).
/// </summary>
public sealed record BiasCorrectionDroppedAfter(long Steps) : MutantEffect
{
    /// <inheritdoc/>
    public override bool CorrectsBiasAt(long t) => t <= Steps;
}
