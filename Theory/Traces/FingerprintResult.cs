namespace Adam.Verification.Theory.Traces;

/// <summary>
/// The presets a trace matches (every step within tolerance), and otherwise the nearest preset with the step that
/// distinguishes it; <see cref="Reports"/> holds the comparison with every preset.
/// </summary>
public sealed record FingerprintResult(IReadOnlyList<string> Matches, string Nearest, ConformanceMismatch? NearestMismatch, IReadOnlyList<ConformanceReport> Reports);
