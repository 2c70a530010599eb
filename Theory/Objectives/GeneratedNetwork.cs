namespace Adam.Verification.Theory.Objectives;

/// <summary>One draw of an <see cref="INetworkFamily"/>.</summary>
/// <param name="Description">The architecture, activation, loss, data and initialisation, e.g. "mlp 4-16x2-3 tanh, 48 samples, L2 1e-3".</param>
/// <param name="Objective">The full-batch loss L(w) with its exact gradient and Hessian-vector product.</param>
/// <param name="Start">The initial parameters w_0 (length <see cref="IObjective.Dimension"/>).</param>
public sealed record GeneratedNetwork(string Description, IObjective Objective, double[] Start);
