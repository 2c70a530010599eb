namespace Adam.Verification.Theory.Objectives;

/// <summary>The generated test-function families F1–F7 of docs/claims.md#test-functions</summary>
public enum ObjectiveFamily
{
    /// <summary>F1: rotated quadratic.</summary>
    Quadratic,

    /// <summary>F2: rotated sum of Cauchy losses (non-convex, bounded gradient).</summary>
    CauchySum,

    /// <summary>F3: planted cosines (many critical points).</summary>
    PlantedCos,

    /// <summary>F4: separable double well.</summary>
    DoubleWell,

    /// <summary>F5: Cauchy plus cosine ripples.</summary>
    RastriginLike,

    /// <summary>F6: robust (Cauchy) regression, a finite sum.</summary>
    CauchyRegression,

    /// <summary>F7: pseudo-Huber (convex, bounded gradient).</summary>
    PseudoHuber,
}
