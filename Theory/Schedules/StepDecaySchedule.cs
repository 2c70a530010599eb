using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>Step decay (torch StepLR): α_t = α·γ^⌊(t−1)/s⌋. Valid range: α ≥ 0, γ ∈ (0, 1], step length s ≥ 1.</summary>
public sealed record StepDecaySchedule : IStepSchedule
{
    /// <summary>Creates the step decay.</summary>
    public StepDecaySchedule(double alpha, long stepLength, double gamma)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        ScheduleGuard.Horizon(stepLength);
        ScheduleGuard.Fraction("decay factor γ", gamma);
        Base = alpha;
        StepLength = stepLength;
        Gamma = gamma;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>s.</summary>
    public long StepLength { get; }

    /// <summary>γ.</summary>
    public double Gamma { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Base * Math.Pow(Gamma, (t - 1) / StepLength);
    }

    /// <inheritdoc/>
    public string Describe() => $"step decay α = {OptionValidationException.Format(Base)}, ×{OptionValidationException.Format(Gamma)} every {StepLength} steps";
}
