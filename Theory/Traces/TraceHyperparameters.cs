namespace Adam.Verification.Theory.Traces;

/// <summary>The hyper-parameters a trace was recorded with (PyTorch's names: lr, betas, eps, weight_decay, amsgrad).</summary>
/// <param name="Lr">The base learning rate (each step records its own α_t).</param>
/// <param name="Beta1">β1.</param>
/// <param name="Beta2">β2.</param>
/// <param name="Eps">ε.</param>
/// <param name="WeightDecay">λ.</param>
/// <param name="AmsGrad">Whether the running maximum was kept.</param>
/// <param name="Decoupled">Whether the decay was decoupled (AdamW).</param>
public sealed record TraceHyperparameters(double Lr, double Beta1, double Beta2, double Eps, double WeightDecay, bool AmsGrad, bool Decoupled);
