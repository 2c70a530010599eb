namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>The shapes of generated gradient sequences (docs/claims.md#sign-ratio-bound).</summary>
public enum GradientSequenceKind
{
    /// <summary>i.i.d. N(0, σ²) with a random scale σ.</summary>
    Gaussian,

    /// <summary>i.i.d. Cauchy (heavy tails), clamped to the magnitude window.</summary>
    Cauchy,

    /// <summary>Random signs with log-normal magnitudes spanning many decades.</summary>
    LogNormal,

    /// <summary>The extremal geometric sequence g_s ∝ (β2/β1)^s with small multiplicative noise.</summary>
    NearExtremal,

    /// <summary>A run of exact zeros followed by Gaussian gradients.</summary>
    ZeroPrefix,

    /// <summary>A constant gradient.</summary>
    Constant,

    /// <summary>A sequence produced by shrinking (no longer of a generated shape).</summary>
    Shrunk,

    /// <summary>One coordinate's gradients along Adam's own training run on a generated network (<see cref="NetworkGradientSequence"/>).</summary>
    Network,
}
