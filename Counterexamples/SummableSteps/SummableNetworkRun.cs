namespace Adam.Verification.Counterexamples.SummableSteps;

/// <summary>What one case of <c>summable-steps-stall@networks</c> measured along its training run.</summary>
/// <param name="WorstRatio">max over t and i of |w_t,i − w0,i|/(R·Σ_(s≤t) α_s), with R and α_s those of the stated box.</param>
/// <param name="WorstStep">The step t where it was reached.</param>
/// <param name="WorstCoordinate">The coordinate i where it was reached.</param>
/// <param name="Reach">R·Σ_(s≤T) α_s, the box's half-width at the end.</param>
/// <param name="StartGradientNorm">‖∇L(w0)‖.</param>
/// <param name="EndGradientNorm">‖∇L(w_T)‖.</param>
/// <param name="Finite">Whether every iterate was finite (the run stops at the first that is not).</param>
internal sealed record SummableNetworkRun(double WorstRatio, long WorstStep, int WorstCoordinate, double Reach, double StartGradientNorm, double EndGradientNorm, bool Finite);
