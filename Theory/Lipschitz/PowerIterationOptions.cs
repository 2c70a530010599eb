namespace Adam.Verification.Theory.Lipschitz;

/// <summary>Convergence criterion and cap of <see cref="PowerIteration"/>.</summary>
/// <param name="RelativeTolerance">Stop when successive estimates differ by at most this, relative, twice in a row.</param>
/// <param name="MaxIterations">The iteration cap.</param>
public sealed record PowerIterationOptions(double RelativeTolerance = 1e-10, int MaxIterations = 2_000);
