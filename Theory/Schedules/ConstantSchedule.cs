using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>α_t = α (arXiv 2309.08339: the constant step). Valid range α ≥ 0.</summary>
public sealed record ConstantSchedule : IStepSchedule
{
    /// <summary>Creates the constant schedule.</summary>
    public ConstantSchedule(double alpha)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        Value = alpha;
    }

    /// <summary>α.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Value;
    }

    /// <inheritdoc/>
    public string Describe() => $"constant α = {OptionValidationException.Format(Value)}";
}
