namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>The data laws of docs/claims.md#nonvanishing-rate-nonconvergence: symmetric N(0, 1), asymmetric Bernoulli(0.2) and Exp(1).</summary>
public enum DataDistribution
{
    /// <summary>X ~ N(0, 1): symmetric, EX = 0, Var X = 1.</summary>
    StandardNormal,

    /// <summary>X ~ Bernoulli(0.2): asymmetric, EX = 0.2, Var X = 0.16.</summary>
    Bernoulli,

    /// <summary>X ~ Exp(1): asymmetric, EX = 1, Var X = 1.</summary>
    Exponential,
}
