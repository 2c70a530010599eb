namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>The faults planted in <see cref="ConstantStepGradientsVanishClaim"/>.</summary>
public enum GradientsVanishFault
{
    /// <summary>No fault: the claim.</summary>
    None,

    /// <summary>The update puts ρ inside the root, d = g/√(v̂ + ρ): for ρ &gt; 1 the effective ρ is √ρ &lt; ρ, ‖d‖² ≤ ⟨g, d⟩/ρ no longer holds and α &lt; 2ρ/K no longer keeps the steps descending.</summary>
    RhoInsideRoot,

    /// <summary>The bound's G_T is read from the current gradient, max_i |∂_i L(w_t)|, instead of the run's maximum.</summary>
    CurrentGradientInBound,
}
