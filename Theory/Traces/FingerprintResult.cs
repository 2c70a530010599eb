namespace Adam.Verification.Theory.Traces;

/// <summary>
/// The presets a trace matches (every step within tolerance), and otherwise the nearest preset with the step that
/// distinguishes it; <see cref="Reports"/> holds the comparison with every preset. <see cref="StepCounter"/> says how
/// the implementation's t advances: "per step" when a preset matches as recorded, "per parameter" when presets match
/// only with t advancing by d per step (<see cref="PerParameterMatches"/>), "unknown" when neither.
/// </summary>
public sealed record FingerprintResult(IReadOnlyList<string> Matches, string Nearest, ConformanceMismatch? NearestMismatch, IReadOnlyList<ConformanceReport> Reports)
{
    /// <summary>"per step", "per parameter" or "unknown".</summary>
    public string StepCounter { get; init; } = "unknown";

    /// <summary>The presets that match when t advances once per parameter (d per step).</summary>
    public IReadOnlyList<string> PerParameterMatches { get; init; } = [];
}
