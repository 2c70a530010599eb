namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>What a learning-rate effect can see: the base lr of the request and α of the previous step (α_t at step 1).</summary>
public readonly record struct LearningRateContext(double BaseLearningRate, double PreviousAlpha);
