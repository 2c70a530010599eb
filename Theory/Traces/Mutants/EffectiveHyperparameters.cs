namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>The hyper-parameters a mutant computes with: β1, β2, ε and the weight decay λ.</summary>
public sealed record EffectiveHyperparameters(double Beta1, double Beta2, double Epsilon, double WeightDecay);
