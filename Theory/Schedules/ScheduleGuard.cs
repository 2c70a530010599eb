using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Schedules;

/// <summary>Shared argument checks of the schedules.</summary>
internal static class ScheduleGuard
{
    public static void Step(long t) => ArgumentOutOfRangeException.ThrowIfLessThan(t, 1L);

    public static void Horizon(long horizon)
    {
        if (horizon < 1)
        {
            throw new OptionValidationException("horizon T", $"the horizon T must be ≥ 1; got {horizon}.");
        }
    }

    public static void Fraction(string name, double value)
    {
        OptionValidationException.RequireFinite(name, value);
        if (value <= 0 || value > 1)
        {
            throw new OptionValidationException(name, $"{name} must lie in (0, 1]; got {OptionValidationException.Format(value)}.");
        }
    }
}
