namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// A constant-step case (ρ absolute) with α given as a fraction u of 2ρ/K, the monotone-descent step limit: the cases of
/// constant-step-monotone-descent (u ≤ 1) and constant-step-gradients-vanish (u &lt; 1) and of constant-step-limit-is-critical (any u &gt; 0).
/// </summary>
public sealed record StepFractionInstance(ConstantStepInstance Case, double StepFraction) : IValidInstance, IExplicitInstance<StepFractionInstance>
{
    /// <inheritdoc/>
    public StepFractionInstance Explicit() => this with { Case = Case.Explicit() };

    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        Optimizers.OptionValidationException.RequirePositive("StepFraction", StepFraction);
    }
}
