namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>A constant-step case together with a target accuracy ε (its horizon is T(ε)).</summary>
public sealed record EpsilonTargetInstance(ConstantStepInstance Case, double Epsilon) : IValidInstance, IExplicitInstance<EpsilonTargetInstance>
{
    /// <inheritdoc/>
    public EpsilonTargetInstance Explicit() => this with { Case = Case.Explicit() };

    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        Optimizers.OptionValidationException.RequirePositive("Epsilon", Epsilon);
    }
}
