namespace Adam.Verification.Theory.Lipschitz;

/// <summary>The estimate max_k ‖H v_k‖ (a lower bound on ‖H‖₂), the iterations used, and whether the criterion was met.</summary>
public sealed record PowerIterationResult(double Estimate, int Iterations, bool Converged);
