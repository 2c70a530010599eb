namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>Gradient coordinates with |g| &lt; <paramref name="Threshold"/> replaced by 0 (a "denormal" guard set too high).</summary>
public sealed record FlushedTinyGradients(double Threshold) : MutantEffect
{
    /// <inheritdoc/>
    public override double Gradient(double g) => Math.Abs(g) < Threshold ? 0 : g;
}
