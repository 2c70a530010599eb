namespace Adam.Verification.Counterexamples.Phase;

/// <summary>One cell of a phase map: its grid position, coordinates, drift ± SE, class and how the drift was computed.</summary>
/// <param name="Column">Column index (0 = left).</param>
/// <param name="Row">Row index (0 = bottom).</param>
/// <param name="X">The x coordinate (β1 for Zhang, C for Reddi).</param>
/// <param name="Beta2">β2.</param>
/// <param name="Drift">D̂.</param>
/// <param name="StandardError">SE of D̂ (0 for exact drifts).</param>
/// <param name="Verdict">The class.</param>
/// <param name="Method">"oracle" or "exact 3-cycle".</param>
public sealed record PhaseCell(int Column, int Row, double X, double Beta2, double Drift, double StandardError, CellVerdict Verdict, string Method);
