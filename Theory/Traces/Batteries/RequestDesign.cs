namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// The design of one generated battery request. Gradients: coordinate i has its own magnitude band, centred at decade
/// c_i = <see cref="LowestDecade"/> + (<see cref="HighestDecade"/> − <see cref="LowestDecade"/>)·i/(d − 1), each draw
/// 10^(c_i + U(−1, 1)) clipped to the band, with a random sign; after step 1 a draw is replaced with probability 0.1
/// by an exact 0 (after non-zero history), 0.1 by the previous value, and 0.15 by the previous value's negation.
/// </summary>
/// <param name="Dimension">d.</param>
/// <param name="Steps">T.</param>
/// <param name="Hyperparameters">lr (the base rate), β1, β2, ε and λ; the battery's flags set amsgrad and decoupled.</param>
/// <param name="Schedule">α_t as a factor of the base lr at step t (1-based).</param>
/// <param name="Dtype">float64 or float32 (float32 requests hold float32-representable values).</param>
/// <param name="LowestDecade">The smallest gradient magnitude's decade.</param>
/// <param name="HighestDecade">The largest gradient magnitude's decade.</param>
public sealed record RequestDesign(int Dimension, int Steps, TraceHyperparameters Hyperparameters, Func<int, double> Schedule, string Dtype = "float64", double LowestDecade = -12, double HighestDecade = 6);
