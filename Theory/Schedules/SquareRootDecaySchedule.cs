using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>Square-root decay: α_t = α/√(1 + (t−1)/τ). τ = 1 gives α/√t. Valid range: α ≥ 0, τ &gt; 0.</summary>
public sealed record SquareRootDecaySchedule : IStepSchedule
{
    /// <summary>Creates the square-root decay with time scale τ.</summary>
    public SquareRootDecaySchedule(double alpha, double timeScale = 1)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        OptionValidationException.RequirePositive("time scale τ", timeScale);
        Base = alpha;
        TimeScale = timeScale;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>τ.</summary>
    public double TimeScale { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Base / Math.Sqrt(1 + ((t - 1) / TimeScale));
    }

    /// <inheritdoc/>
    public string Describe() => $"square-root decay α = {OptionValidationException.Format(Base)}, τ = {OptionValidationException.Format(TimeScale)}";
}
