namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>A non-finite gradient coordinate silently replaced by 0 instead of rejected.</summary>
public sealed record NonFiniteGradientsZeroed : MutantEffect
{
    /// <inheritdoc/>
    public override double Gradient(double g) => double.IsFinite(g) ? g : 0;

    /// <inheritdoc/>
    public override bool AcceptsNonFiniteGradients => true;
}
