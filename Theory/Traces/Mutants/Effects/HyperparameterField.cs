namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>A hyper-parameter an effect overrides.</summary>
public enum HyperparameterField
{
    /// <summary>β1.</summary>
    Beta1,

    /// <summary>β2.</summary>
    Beta2,

    /// <summary>ε.</summary>
    Epsilon,

    /// <summary>The weight decay λ.</summary>
    WeightDecay,
}
