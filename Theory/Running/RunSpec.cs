using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Oracles;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Theory.Running;

/// <summary>
/// One run: an optimizer fed by an oracle under a schedule for at most <paramref name="Budget"/> steps from
/// <paramref name="Start"/>. The objective (optional for pure gradient replay) supplies f and ‖∇f‖.
/// The runner resets the optimizer and the oracle first, so running a spec twice gives the same trajectory.
/// </summary>
/// <param name="Objective">f, for losses and exact gradient norms; null when only a gradient sequence is replayed.</param>
/// <param name="Oracle">The gradient source.</param>
/// <param name="Optimizer">The method (stateful; reset at the start of the run).</param>
/// <param name="Schedule">α_t.</param>
/// <param name="Start">x_1.</param>
/// <param name="Budget">The maximum number of steps T ≥ 0.</param>
public sealed record RunSpec(IObjective? Objective, IGradientOracle Oracle, IOptimizer Optimizer, IStepSchedule Schedule, double[] Start, long Budget)
{
    /// <summary>Per-step fields to record.</summary>
    public RecordFields Record { get; init; } = RecordFields.None;

    /// <summary>Record every k-th step (and always the last).</summary>
    public long RecordEvery { get; init; } = 1;

    /// <summary>Stop as converged once ‖∇f(x_t)‖ ≤ this (needs an objective), or never when null.</summary>
    public double? GradientTolerance { get; init; }

    /// <summary>Stop as diverged once ‖x_t‖∞ exceeds this.</summary>
    public double DivergenceRadius { get; init; } = 1e12;

    /// <summary>Descend or ascend.</summary>
    public Goal Goal { get; init; } = Goal.Minimise;

    /// <summary>A spec with the exact-gradient oracle of <paramref name="objective"/>.</summary>
    public static RunSpec Deterministic(IObjective objective, IOptimizer optimizer, IStepSchedule schedule, double[] start, long budget) =>
        new(objective, new DeterministicOracle(objective), optimizer, schedule, start, budget);
}
