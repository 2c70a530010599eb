namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// One case of <c>constant-step-bound-corrected@networks</c>: a generated network (drawn by the claim's family from
/// <see cref="NetworkSeed"/>), Algorithm 1 with β1 = 0 and no bias correction for <see cref="Horizon"/> steps, ρ =
/// <see cref="RhoFactor"/>·γ̂, and Algorithm 2 with <see cref="Samples"/> samples drawn from <see cref="EstimatorSeed"/>.
/// </summary>
/// <param name="NetworkSeed">The stream the network family draws the network, its data and w0 from.</param>
/// <param name="RhoFactor">ρ/γ̂ (γ̂: an upper bound on ‖∇L‖ over the run's iterates, found by doubling).</param>
/// <param name="Horizon">T.</param>
/// <param name="Beta2">β2.</param>
/// <param name="Samples">N, Algorithm 2's sample count.</param>
/// <param name="EstimatorSeed">The stream of Algorithm 2's samples, its power iterations and the oracle checks' directions.</param>
public sealed record NetworkBoundInstance(ulong NetworkSeed, double RhoFactor, long Horizon, double Beta2, int Samples, ulong EstimatorSeed);
