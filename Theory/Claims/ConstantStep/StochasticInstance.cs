namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>A Theorem 2 case: a constant-step case over a multiplicative finite sum with n components, P sampled paths.</summary>
public sealed record StochasticInstance(ConstantStepInstance Case, int Components, ulong SumSeed, int Paths) : IValidInstance
{
    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        InstanceDomain.RequireWithin("Components", Components, 1, 10_000);
        InstanceDomain.RequireWithin("Paths", Paths, 1, 10_000);
    }
}
