namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>
/// Each gradient coordinate clipped to [−<paramref name="Bound"/>, <paramref name="Bound"/>]; with
/// <paramref name="Recorded"/> the trace records the clipped gradient (a recorder that writes what it fed, not what it was given).
/// </summary>
public sealed record ClippedGradient(double Bound, bool Recorded = false) : MutantEffect
{
    /// <inheritdoc/>
    public override double Gradient(double g) => Math.Clamp(g, -Bound, Bound);

    /// <inheritdoc/>
    public override bool RecordsUsedGradient => Recorded;
}
