namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>What a counter effect can see: d, and the steps since α last changed (1 on the step it changed, and at step 1).</summary>
public readonly record struct CounterContext(int Dimension, long StepsSinceLearningRateChange);
