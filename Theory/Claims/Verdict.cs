namespace Adam.Verification.Theory.Claims;

/// <summary>The outcome of checking a claim within a budget.</summary>
public enum Verdict
{
    /// <summary>Every generated case that met the hypotheses satisfied the conclusion, and enough cases met them.</summary>
    Held,

    /// <summary>A case met the hypotheses and violated the conclusion; a shrunk counterexample is attached.</summary>
    Refuted,

    /// <summary>The budget was spent without enough cases meeting the hypotheses (or the claim could not decide).</summary>
    Inconclusive,
}
