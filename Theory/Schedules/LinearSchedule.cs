using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>
/// Linear decay (torch LinearLR with start factor 1): α_t = α·(1 − (1 − f)·min(t−1, T)/T), from α at t = 1 to
/// f·α at t = T + 1 and constant after. Valid range: α ≥ 0, T ≥ 1, end factor f ∈ [0, 1].
/// </summary>
public sealed record LinearSchedule : IStepSchedule
{
    /// <summary>Creates the linear decay over <paramref name="horizon"/> steps.</summary>
    public LinearSchedule(double alpha, long horizon, double endFactor = 0)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        ScheduleGuard.Horizon(horizon);
        OptionValidationException.RequireNonNegative("end factor", endFactor);
        if (endFactor > 1)
        {
            throw new OptionValidationException("end factor", $"end factor must lie in [0, 1]; got {OptionValidationException.Format(endFactor)}.");
        }

        Base = alpha;
        Horizon = horizon;
        EndFactor = endFactor;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>T.</summary>
    public long Horizon { get; }

    /// <summary>f.</summary>
    public double EndFactor { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Base * (1 - ((1 - EndFactor) * Math.Min(t - 1, Horizon) / Horizon));
    }

    /// <inheritdoc/>
    public string Describe() => $"linear α = {OptionValidationException.Format(Base)} → {OptionValidationException.Format(EndFactor)}·α over T = {Horizon}";
}
