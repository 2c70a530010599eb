namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// Deliberately wrong Adam implementations, each modelled on a real kind of regression (issue 5). The catalogue
/// <see cref="MutantCatalogue"/> pairs each with the preset it claims to implement.
/// </summary>
public enum Mutation
{
    /// <summary>ε multiplied by √(1−β2^t) (the ε̂ form shipped where ε outside √v̂ is documented).</summary>
    EpsilonScaledByBiasCorrection,

    /// <summary>Bias correction applied to m but not to v.</summary>
    SecondMomentNotBiasCorrected,

    /// <summary>AMSGrad's maximum taken over v̂ = v/(1−β2^t) where the preset keeps the maximum of v.</summary>
    AmsGradMaxOverCorrectedV,

    /// <summary>AMSGrad's maximum computed but not stored back (the state is not updated in place).</summary>
    AmsGradStateNotStored,

    /// <summary>The step counter advanced once per coordinate instead of once per step.</summary>
    StepCounterPerParameter,

    /// <summary>β1 and β2 swapped.</summary>
    BetasSwapped,

    /// <summary>L2 weight decay added to the gradient (coupled) where decoupled decay is claimed.</summary>
    CoupledDecayClaimedDecoupled,

    /// <summary>Decoupled decay x ← x − λ·x applied without the learning rate (multiplied by the schedule factor 1 instead of α_t).</summary>
    DecayNotScaledByLearningRate,

    /// <summary>Bias corrections computed with t − 1 (off by one).</summary>
    OffByOneStep,

    /// <summary>A non-finite gradient coordinate silently replaced by 0 instead of rejected.</summary>
    NonFiniteGradientZeroed,

    /// <summary>The parameter moved with m_{t−1}; the momentum updated after the parameter.</summary>
    MomentumUpdatedAfterParameter,

    /// <summary>The step counter held in float32, so it stalls at 2^24.</summary>
    Float32StepCounter,
}
