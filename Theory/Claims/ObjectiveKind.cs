namespace Adam.Verification.Theory.Claims;

/// <summary>The kind of objective a claim's cases run on (<c>adamv verify --objectives</c>).</summary>
public enum ObjectiveKind
{
    /// <summary>Analytic test functions (F1–F7) and the papers' constructions, with their constants known.</summary>
    Analytic,

    /// <summary>Generated small smooth networks (MLPs of depth 1–3, width 2–32, smooth activations) on generated data.</summary>
    Networks,
}
