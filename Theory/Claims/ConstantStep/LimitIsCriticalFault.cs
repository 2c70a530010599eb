namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>The faults planted in <see cref="ConstantStepLimitIsCriticalClaim"/>.</summary>
public enum LimitIsCriticalFault
{
    /// <summary>No fault: the claim.</summary>
    None,

    /// <summary>The update's step decays, α_t = α·0.99^(t−1) (a summable schedule), while the bound divides by the constant α.</summary>
    DecayingStep,

    /// <summary>The bound leaves out the momentum term β1|w_{t,i} − w_{t−1,i}|.</summary>
    MomentumTermDropped,
}
