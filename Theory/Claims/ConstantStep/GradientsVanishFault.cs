namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>The faults planted in <see cref="ConstantStepGradientsVanishClaim"/>.</summary>
public enum GradientsVanishFault
{
    /// <summary>No fault: the claim.</summary>
    None,

    /// <summary>The update puts ρ inside the root, d = g/√(v + ρ), so ‖d‖² ≤ ⟨g, d⟩/ρ no longer holds.</summary>
    RhoInsideRoot,

    /// <summary>The bound's G_T is read from the current gradient, max_i |∂_i L(w_t)|, instead of the run's maximum.</summary>
    CurrentGradientInBound,
}
