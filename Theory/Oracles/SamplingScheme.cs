namespace Adam.Verification.Theory.Oracles;

/// <summary>How a finite-sum oracle picks components (docs/claims.md#conventions).</summary>
public enum SamplingScheme
{
    /// <summary>WR: an i.i.d. uniform index per step (2309.08339 Thm 2).</summary>
    WithReplacement,

    /// <summary>RR: each epoch of n steps visits a fresh uniform permutation (Zhang et al. 2022).</summary>
    RandomReshuffling,

    /// <summary>Each step averages b distinct components drawn uniformly without replacement.</summary>
    MiniBatch,
}
