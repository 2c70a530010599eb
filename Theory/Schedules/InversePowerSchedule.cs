using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>
/// α_t = α/t^a. With a = ½ this is the α/√t of Reddi et al. (2018) and Kingma &amp; Ba's analysis; with a &gt; 1
/// the steps are summable. Valid range: α ≥ 0, a ≥ 0.
/// </summary>
public sealed record InversePowerSchedule : IStepSchedule
{
    /// <summary>Creates α/t^a.</summary>
    public InversePowerSchedule(double alpha, double power)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        OptionValidationException.RequireNonNegative("power a", power);
        Base = alpha;
        Power = power;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>a.</summary>
    public double Power { get; }

    /// <summary>α/√t.</summary>
    public static InversePowerSchedule InverseSqrt(double alpha) => new(alpha, 0.5);

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Power == 0.5 ? Base / Math.Sqrt(t) : Base / Math.Pow(t, Power);
    }

    /// <inheritdoc/>
    public string Describe() => $"α/t^{OptionValidationException.Format(Power)}, α = {OptionValidationException.Format(Base)}";
}
