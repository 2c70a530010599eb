using System.Globalization;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// β2*(β1, n): the root of D(β1, ·, n) on the RECONSTRUCTED Zhang sum, with the drift at the root and the half-width of
/// the band |D| ≤ 3·SE around it (in β2, from the local slope). Null <see cref="Beta2Star"/> means no sign change was
/// found in the search range.
/// </summary>
/// <param name="Beta1">β1.</param>
/// <param name="N">n.</param>
/// <param name="Beta2Star">β2*, or null.</param>
/// <param name="HalfWidth">The 3·SE band half-width in β2 (NaN when unknown).</param>
/// <param name="DriftAtRoot">D̂ ± SE at β2*.</param>
/// <param name="Evaluations">Drift evaluations used.</param>
/// <param name="Note">Why no root was found, or empty.</param>
public sealed record ZhangBoundaryPoint(double Beta1, int N, double? Beta2Star, double HalfWidth, DriftEstimate? DriftAtRoot, int Evaluations, string Note)
{
    /// <inheritdoc/>
    public override string ToString() => Beta2Star is { } b
        ? string.Create(CultureInfo.InvariantCulture, $"n = {N}, β1 = {Beta1:0.###}: β2* = {b:0.######} ± {HalfWidth:G2} (1−β2* = {1 - b:G4}; {DriftAtRoot})")
        : string.Create(CultureInfo.InvariantCulture, $"n = {N}, β1 = {Beta1:0.###}: no boundary ({Note})");
}
