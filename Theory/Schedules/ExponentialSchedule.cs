using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>
/// Exponential decay (torch ExponentialLR): α_t = α·γ^(t−1). For γ &lt; 1 the steps are summable with
/// Σ_t α_t = α/(1−γ) (the stall construction of docs/claims.md#summable-steps-stall). Valid range: α ≥ 0, γ ∈ (0, 1].
/// </summary>
public sealed record ExponentialSchedule : IStepSchedule
{
    /// <summary>Creates the exponential decay.</summary>
    public ExponentialSchedule(double alpha, double gamma)
    {
        OptionValidationException.RequireNonNegative("α", alpha);
        ScheduleGuard.Fraction("decay factor γ", gamma);
        Base = alpha;
        Gamma = gamma;
    }

    /// <summary>α.</summary>
    public double Base { get; }

    /// <summary>γ.</summary>
    public double Gamma { get; }

    /// <summary>Σ_{t≥1} α_t = α/(1−γ) (∞ for γ = 1).</summary>
    public double Sum => Gamma == 1 ? double.PositiveInfinity : Base / (1 - Gamma);

    /// <inheritdoc/>
    public double Alpha(long t)
    {
        ScheduleGuard.Step(t);
        return Base * Math.Pow(Gamma, t - 1);
    }

    /// <inheritdoc/>
    public string Describe() => $"exponential α = {OptionValidationException.Format(Base)}, γ = {OptionValidationException.Format(Gamma)}";
}
