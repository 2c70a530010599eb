namespace Adam.Verification.Theory.Running;

/// <summary>How a rate study sets the step size (and, for the sign-like schedule, the β's) for a horizon T.</summary>
public enum RateSchedule
{
    /// <summary>arXiv 2507.05966 (docs/claims.md#adam-rate-quarter): 1−β1 = T^{−1/2}, 1−β2 = T^{−3/4}, α = c·T^{−3/4}/√d (the α reading is [REC]).</summary>
    SignLike,

    /// <summary>The sign-like schedule with β1 = 0 (no momentum): 1−β2 = T^{−3/4}, α = c·T^{−3/4}/√d (docs/claims.md#sign-like-without-momentum-stalls).</summary>
    SignLikeWithoutMomentum,

    /// <summary>A constant α = c for every T.</summary>
    Constant,

    /// <summary>α_t = c/√t.</summary>
    InverseSqrt,

    /// <summary>arXiv 2309.08339 Theorem 1: α = √(2(L0−L*)/(Kδ²T)) with δ = γ/ρ (needs K, L*, γ).</summary>
    AlphaStar,
}
