namespace Adam.Verification.Theory.Lipschitz;

/// <summary>The result of Algorithm 2.</summary>
/// <param name="KHat">K̂_N = max_{n ≤ N} ‖∇²L(w_n)‖₂ (each norm by power iteration, hence ≤ the true norm).</param>
/// <param name="Witness">The sample w_n attaining K̂_N.</param>
/// <param name="PerSample">‖∇²L(w_n)‖₂ for n = 1..N, in sampling order.</param>
/// <param name="RunningMax">K̂_n for n = 1..N (non-decreasing by construction).</param>
/// <param name="Unconverged">How many power iterations hit their cap.</param>
public sealed record LipschitzEstimate(double KHat, double[] Witness, double[] PerSample, double[] RunningMax, int Unconverged);
