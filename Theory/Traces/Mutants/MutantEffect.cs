namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// One planted deviation of a <see cref="MutantAdam"/> from its preset. A mutant is a preset plus a list of effects,
/// applied in order; each effect overrides only the hooks it changes, the others are the identity. Effects are data
/// (immutable records), so mutants compose: a vector-block bug is a <see cref="Effects.FormulaFlaw"/> with a scope, a
/// hard-coded β pair is two <see cref="Effects.HardCodedHyperparameter"/>s.
/// </summary>
public abstract record MutantEffect
{
    /// <summary>The hyper-parameters the mutant uses, given those it was configured with.</summary>
    public virtual EffectiveHyperparameters Hyperparameters(EffectiveHyperparameters configured) => configured;

    /// <summary>Whether the trace's header reports the hyper-parameters the mutant used (not those requested).</summary>
    public virtual bool ReportsUsedHyperparameters => false;

    /// <summary>The step size the mutant uses at a step, given α_t, the base lr and the previous step's α.</summary>
    public virtual double LearningRate(double alphaT, LearningRateContext context) => alphaT;

    /// <summary>Whether the trace records the step size the mutant used (not the one requested).</summary>
    public virtual bool RecordsUsedLearningRate => false;

    /// <summary>The counter t the bias corrections use, given the previous effect's value.</summary>
    public virtual long Counter(long t, CounterContext context) => t;

    /// <summary>Whether bias correction applies at counter value <paramref name="t"/>.</summary>
    public virtual bool CorrectsBiasAt(long t) => true;

    /// <summary>The gradient coordinate the mutant uses.</summary>
    public virtual double Gradient(double g) => g;

    /// <summary>Whether the trace records the gradient the mutant used (not the one fed).</summary>
    public virtual bool RecordsUsedGradient => false;

    /// <summary>Whether a non-finite gradient is accepted (the reference rejects it before any write).</summary>
    public virtual bool AcceptsNonFiniteGradients => false;

    /// <summary>The formula flaws at <paramref name="coordinate"/> of a d-dimensional parameter under weight decay λ.</summary>
    public virtual FormulaFlaws Flaws(int coordinate, int dimension, double weightDecay) => FormulaFlaws.None;
}
