using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>
/// One-cycle (Smith &amp; Topin 2019; torch OneCycleLR with cosine annealing): over the first ⌊p·T⌉ steps α_t rises
/// from α/D to α, then falls to α/(D·F) at t = T, each phase along a half cosine. Valid range: α ≥ 0, T ≥ 2,
/// warm-up fraction p ∈ (0, 1], initial divisor D ≥ 1, final divisor F ≥ 1. Defaults as torch: p = 0.3, D = 25, F = 1e4.
/// </summary>
public sealed record OneCycleSchedule : IStepSchedule
{
    /// <summary>Creates the one-cycle schedule over <paramref name="horizon"/> steps.</summary>
    public OneCycleSchedule(double alpha, long horizon, double warmupFraction = 0.3, double initialDivisor = 25, double finalDivisor = 1e4)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        ScheduleGuard.Horizon(horizon);
        ScheduleGuard.Fraction("warm-up fraction p", warmupFraction);
        OptionValidationException.RequireFinite("initial divisor D", initialDivisor);
        OptionValidationException.RequireFinite("final divisor F", finalDivisor);
        if (initialDivisor < 1 || finalDivisor < 1)
        {
            throw new OptionValidationException("divisor", $"the one-cycle divisors must be ≥ 1; got D = {OptionValidationException.Format(initialDivisor)}, F = {OptionValidationException.Format(finalDivisor)}.");
        }

        Base = alpha;
        Horizon = horizon;
        WarmupFraction = warmupFraction;
        InitialDivisor = initialDivisor;
        FinalDivisor = finalDivisor;
    }

    /// <summary>The peak α.</summary>
    public double Base { get; }

    /// <summary>T.</summary>
    public long Horizon { get; }

    /// <summary>p.</summary>
    public double WarmupFraction { get; }

    /// <summary>D.</summary>
    public double InitialDivisor { get; }

    /// <summary>F.</summary>
    public double FinalDivisor { get; }

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        double start = Base / InitialDivisor, end = start / FinalDivisor;
        double peakStep = Math.Max(1, Math.Round(WarmupFraction * Horizon));
        double s = Math.Min(t - 1, Horizon);
        return s <= peakStep
            ? Anneal(start, Base, s / peakStep)
            : Anneal(Base, end, (s - peakStep) / Math.Max(1, Horizon - peakStep));
    }

    /// <inheritdoc/>
    public string Describe() => $"one-cycle peak α = {OptionValidationException.Format(Base)}, T = {Horizon}, p = {OptionValidationException.Format(WarmupFraction)}";

    private static double Anneal(double from, double to, double fraction) =>
        to + ((from - to) * (1 + Math.Cos(Math.PI * Math.Min(1, fraction))) / 2);
}
