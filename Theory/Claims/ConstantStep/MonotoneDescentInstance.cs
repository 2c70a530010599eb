namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>A monotone-descent case: the constant-step case (ρ absolute) and α as a fraction u of 2ρ/K.</summary>
public sealed record MonotoneDescentInstance(ConstantStepInstance Case, double StepFraction) : IValidInstance, IExplicitInstance<MonotoneDescentInstance>
{
    /// <inheritdoc/>
    public MonotoneDescentInstance Explicit() => this with { Case = Case.Explicit() };

    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        Optimizers.OptionValidationException.RequirePositive("StepFraction", StepFraction);
    }
}
