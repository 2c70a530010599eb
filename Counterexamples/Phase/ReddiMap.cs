namespace Adam.Verification.Counterexamples.Phase;

/// <summary>Which of Reddi et al.'s two online problems a (C, β2) map draws (docs/claims.md#reddi-period3, #reddi-any-beta).</summary>
public enum ReddiMap
{
    /// <summary>Theorem 2's problem: gradient C once every C steps, −1 otherwise (C is period and large gradient).</summary>
    PeriodC,

    /// <summary>Theorem 1's problem: period 3, gradients (C, −1, −1) (C is the large gradient only).</summary>
    PeriodThree,
}
