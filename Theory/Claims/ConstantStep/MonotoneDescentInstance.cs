namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>A monotone-descent case: the constant-step case (ρ absolute) and α as a fraction u of 2ρ/K.</summary>
public sealed record MonotoneDescentInstance(ConstantStepInstance Case, double StepFraction) : IValidInstance
{
    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        Optimizers.OptionValidationException.RequirePositive("StepFraction", StepFraction);
    }
}
