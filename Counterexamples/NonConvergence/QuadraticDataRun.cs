using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>What a <see cref="QuadraticDataEnsemble"/> run measured, each mean with its standard error over paths.</summary>
/// <param name="WindowIncrement">E‖Θ_n − Θ_(n−1)‖² averaged over n ∈ (N/2, N], summarised over paths.</param>
/// <param name="IncrementAt">E‖ΔΘ‖² over n ∈ (0.9·c, c] for each checkpoint c.</param>
/// <param name="SquaredErrorAt">E‖Θ_c − EX‖² at each checkpoint c.</param>
/// <param name="TailIterate">The mean of Θ_n over the last 10% of the steps, summarised over paths.</param>
/// <param name="Checkpoints">The checkpoints c.</param>
public sealed record QuadraticDataRun(MonteCarloSummary WindowIncrement, IReadOnlyList<MonteCarloSummary> IncrementAt, IReadOnlyList<MonteCarloSummary> SquaredErrorAt, MonteCarloSummary TailIterate, IReadOnlyList<long> Checkpoints)
{
    /// <summary>E‖Θ_n − EX‖² averaged over n ∈ (0.9·c, c] for each checkpoint c (far less noisy than one n).</summary>
    public IReadOnlyList<MonteCarloSummary> SquaredErrorWindowAt { get; init; } = [];
}
