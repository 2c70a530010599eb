namespace Adam.Verification.Suite;

/// <summary>Which objectives <c>adamv verify --objectives</c> runs the claims on.</summary>
public enum ObjectiveSelection
{
    /// <summary>Analytic functions and constructions, and generated networks: every claim in both forms.</summary>
    All,

    /// <summary>Analytic functions and the papers' constructions only.</summary>
    Analytic,

    /// <summary>Generated small networks only (the claims checked on networks).</summary>
    Networks,
}
