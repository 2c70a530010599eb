using System.Globalization;

namespace Adam.Verification.Theory.Traces;

/// <summary>The first disagreement: step, coordinate, quantity (parameter, m, v or vmax), both values and the tolerance.</summary>
public sealed record ConformanceMismatch(long Step, int Coordinate, string Quantity, double Candidate, double Reference, double Tolerance)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"step {Step}, coordinate {Coordinate}, {Quantity}: candidate {Candidate:R}, reference {Reference:R} (|Δ| = {Math.Abs(Candidate - Reference):G3} > tolerance {Tolerance:G3})");
}
