namespace Adam.Verification.Theory.Claims;

/// <summary>What part of the system under test a <see cref="PlantedFault"/> perturbs.</summary>
public enum FaultTarget
{
    /// <summary>The optimizer's update rule (a wrong variant, a dropped term).</summary>
    Update,

    /// <summary>The published construction or the generated problem (a wrong constant, a wrong family).</summary>
    Construction,

    /// <summary>An oracle the claim trusts: a known constant, a drift estimate, a closed-form prediction.</summary>
    Oracle,

    /// <summary>The step-size schedule.</summary>
    Schedule,

    /// <summary>An estimator the claim is about (Algorithm 2, a sampler).</summary>
    Estimator,
}
