using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>
/// Cosine decay (Loshchilov &amp; Hutter 2017, without restarts; torch CosineAnnealingLR):
/// α_t = α_min + (α − α_min)·(1 + cos(π·min(t−1, T)/T))/2. Valid range: 0 ≤ α_min ≤ α, T ≥ 1.
/// </summary>
public sealed record CosineSchedule : IStepSchedule
{
    /// <summary>Creates the cosine decay.</summary>
    public CosineSchedule(double alpha, long horizon, double alphaMin = 0)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        OptionValidationException.RequireNonNegative("α_min", alphaMin);
        ScheduleGuard.Horizon(horizon);
        if (alphaMin > alpha)
        {
            throw new OptionValidationException("α_min", $"α_min must not exceed α = {OptionValidationException.Format(alpha)}; got {OptionValidationException.Format(alphaMin)}.");
        }

        Base = alpha;
        Horizon = horizon;
        AlphaMin = alphaMin;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>T.</summary>
    public long Horizon { get; }

    /// <summary>α_min.</summary>
    public double AlphaMin { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        double phase = Math.PI * Math.Min(t - 1, Horizon) / Horizon;
        return AlphaMin + ((Base - AlphaMin) * (1 + Math.Cos(phase)) / 2);
    }

    /// <inheritdoc/>
    public string Describe() => $"cosine α = {OptionValidationException.Format(Base)} → {OptionValidationException.Format(AlphaMin)} over T = {Horizon}";
}
