namespace Adam.Verification.Theory.Optimizers;

/// <summary>Where the stabilising constant ε (called ρ in arXiv 2309.08339) enters the Adam step.</summary>
public enum EpsilonPlacement
{
    /// <summary>
    /// x ← x − α_t·m̂_t/(√v̂_t + ε): ε added outside the bias-corrected root (Kingma &amp; Ba 2015, Alg. 1;
    /// torch.optim.Adam; optax). Without bias correction this is 2309.08339 Algorithm 1.
    /// </summary>
    OutsideCorrectedRoot,

    /// <summary>
    /// x ← x − α_t·(√(1−β2^t)/(1−β1^t))·m_t/(√v_t + ε̂): the "ε̂" form of Kingma &amp; Ba §2 (TensorFlow's
    /// Adam), ε outside the uncorrected root.
    /// </summary>
    OutsideUncorrectedRoot,

    /// <summary>x ← x − α_t·m̂_t/√(v̂_t + ε): ε inside the root (Reddi et al. 2018, eq. (3)).</summary>
    InsideRoot,
}
