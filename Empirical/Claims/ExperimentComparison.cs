using Adam.Verification.Empirical.Experiments;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One configuration of a §5 experiment at which α_ours must beat its rivals: the settings its α_ours arms train with
/// (each arm at its own W) and the rival arms.
/// </summary>
/// <param name="Name">The configuration, e.g. "MLP 3×32" or "T = 20".</param>
/// <param name="Settings">The training settings (W's scale is set per arm).</param>
/// <param name="Rivals">The rival arms (they do not depend on W).</param>
public sealed record ExperimentComparison(string Name, TrainingSettings Settings, IReadOnlyList<Arm> Rivals);
