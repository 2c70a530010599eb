namespace Adam.Verification.Empirical.Claims;

/// <summary>The faults planted in <see cref="InterpolationStrongGrowthClaim"/>.</summary>
public enum StrongGrowthFault
{
    /// <summary>No fault: the claim.</summary>
    None,

    /// <summary>The per-example gradients are read as the full-batch gradient, so their variance is 0 everywhere.</summary>
    FullBatchAsPerExample,

    /// <summary>The last point is left out, so the classes are unbalanced and w = 0 is no longer a critical point of L.</summary>
    UnbalancedClasses,
}
