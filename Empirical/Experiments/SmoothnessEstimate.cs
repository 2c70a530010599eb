namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// Algorithm 2's output for one network and W: K̂ = max_n ‖∇²L(w_n)‖₂, each draw's norm, L(w0) at the training start,
/// α_ours = √(2L(w0)/(K̂T)) and how many power iterations hit their cap.
/// </summary>
public sealed record SmoothnessEstimate(double KHat, IReadOnlyList<double> PerSample, double InitialLoss, double AlphaOurs, int Unconverged, double SamplingScale);
