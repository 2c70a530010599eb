namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// Deviations of one coordinate's update from the reference formula (<c>AdamUpdate</c>'s documentation). A mutant
/// plants a set of them, optionally only on some coordinates (<see cref="CoordinateScope"/>).
/// </summary>
[Flags]
public enum FormulaFlaws
{
    /// <summary>The reference formula.</summary>
    None = 0,

    /// <summary>v̂ = v (the 1 − β2^t correction dropped).</summary>
    SecondMomentNotBiasCorrected = 1 << 0,

    /// <summary>m̂ = m (the 1 − β1^t correction dropped).</summary>
    FirstMomentNotBiasCorrected = 1 << 1,

    /// <summary>ε added under the root: √(v̂ + ε).</summary>
    EpsilonInsideRoot = 1 << 2,

    /// <summary>ε multiplied by √(1 − β2^t) (the ε̂ form misapplied where ε outside √v̂ is documented).</summary>
    EpsilonScaledByBiasCorrection = 1 << 3,

    /// <summary>ε left out of the denominator: m̂/√v̂.</summary>
    EpsilonOmitted = 1 << 4,

    /// <summary>m = β1·m + g (no (1 − β1) dampening, as in SGD's momentum buffer).</summary>
    MomentumWithoutDampening = 1 << 5,

    /// <summary>m and v stored in float32 between steps (the update computed in float64).</summary>
    StateInFloat32 = 1 << 6,

    /// <summary>1/√v̂ taken from a float32 reciprocal square root (an approximate vector intrinsic).</summary>
    ApproximateReciprocalRoot = 1 << 7,

    /// <summary>The parameter moved with m_{t−1}; the momentum updated after the parameter.</summary>
    MomentumUpdatedAfterParameter = 1 << 8,

    /// <summary>A coordinate whose effective gradient is exactly 0 is skipped: m, v and x keep their values (a "lazy" sparse update).</summary>
    LazyOnZeroGradient = 1 << 9,

    /// <summary>Decoupled decay applied to the already-updated parameter: (x − α·u)(1 − α·λ) instead of x(1 − α·λ) − α·u.</summary>
    DecayAfterUpdate = 1 << 10,

    /// <summary>Decoupled decay x ← x − λ·x, without the learning rate.</summary>
    DecayWithoutLearningRate = 1 << 11,

    /// <summary>Decoupled decay scaled by the base learning rate instead of the step's α_t.</summary>
    DecayWithBaseLearningRate = 1 << 12,

    /// <summary>L2 decay added to the gradient (coupled) where decoupled decay is configured.</summary>
    CoupledDecayForDecoupled = 1 << 13,

    /// <summary>AMSGrad's maximum taken over v̂ = v/(1 − β2^t) where the preset keeps the maximum of v.</summary>
    AmsGradMaxOverCorrectedV = 1 << 14,

    /// <summary>AMSGrad's maximum computed but not stored back.</summary>
    AmsGradMaximumNotStored = 1 << 15,
}
