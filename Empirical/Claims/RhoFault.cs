namespace Adam.Verification.Empirical.Claims;

/// <summary>The faults a <see cref="RhoSmoothnessClaim"/> can be run under, each perturbing its system under test.</summary>
public enum RhoFault
{
    /// <summary>No fault: the claim itself.</summary>
    None,

    /// <summary>The larger-ρ arm runs at 2α_ours instead of α_ours (construction: the two arms no longer share their step).</summary>
    DoubleStepAtLargerRho,

    /// <summary>The judge reads the larger-ρ arm's total variation Σ|L(w_t) − L(w_{t−1})| instead of its rise (oracle: one side measured with the wrong functional).</summary>
    LargerArmTotalVariation,
}
