using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>
/// α_t = floor + inner(t): a schedule that tends to floor &gt; 0 when the inner one tends to 0, so liminf α_t = floor
/// although α_t is never constant (the hypothesis "rates bounded away from zero" of arXiv 2407.08100 without a constant
/// rate). Valid range: floor ≥ 0.
/// </summary>
public sealed record FloorPlusSchedule : IStepSchedule
{
    /// <summary>Creates floor + inner(t).</summary>
    public FloorPlusSchedule(double floor, IStepSchedule inner)
    {
        OptionValidationException.RequireNonNegative("floor", floor);
        ArgumentNullException.ThrowIfNull(inner);
        Floor = floor;
        Inner = inner;
    }

    /// <summary>The limit the schedule tends to when the inner one tends to 0.</summary>
    public double Floor { get; }

    /// <summary>The part that decays.</summary>
    public IStepSchedule Inner { get; }

    /// <inheritdoc/>
    public double Alpha(long t) => Floor + Inner.Alpha(t);

    /// <inheritdoc/>
    public string Describe() => $"{OptionValidationException.Format(Floor)} + ({Inner.Describe()})";
}
