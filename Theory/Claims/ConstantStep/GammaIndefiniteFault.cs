namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>The faults planted in <see cref="ConstantStepGammaIndefiniteClaim"/>.</summary>
public enum GammaIndefiniteFault
{
    /// <summary>No fault: the claim.</summary>
    None,

    /// <summary>The update is AMSGrad (v̂ replaced by its running maximum), whose Γ_t is ⪰ 0 by construction.</summary>
    AmsGradUpdate,

    /// <summary>The Γ_t oracle differences the running maximum of √v̂ instead of √v̂ itself.</summary>
    RunningMaximumOracle,
}
