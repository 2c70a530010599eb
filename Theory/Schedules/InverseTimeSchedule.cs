using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>Inverse-time decay (Keras InverseTimeDecay, continuous): α_t = α/(1 + k·(t−1)/τ). Valid range: α ≥ 0, k ≥ 0, τ &gt; 0.</summary>
public sealed record InverseTimeSchedule : IStepSchedule
{
    /// <summary>Creates the inverse-time decay.</summary>
    public InverseTimeSchedule(double alpha, double decayRate, double decaySteps = 1)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        OptionValidationException.RequireNonNegative("decay rate k", decayRate);
        OptionValidationException.RequirePositive("decay steps τ", decaySteps);
        Base = alpha;
        DecayRate = decayRate;
        DecaySteps = decaySteps;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>k.</summary>
    public double DecayRate { get; }

    /// <summary>τ.</summary>
    public double DecaySteps { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Base / (1 + (DecayRate * (t - 1) / DecaySteps));
    }

    /// <inheritdoc/>
    public string Describe() => $"inverse time α = {OptionValidationException.Format(Base)}, k = {OptionValidationException.Format(DecayRate)}, τ = {OptionValidationException.Format(DecaySteps)}";
}
