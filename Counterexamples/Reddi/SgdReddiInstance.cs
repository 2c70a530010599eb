using System.Globalization;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// One case of <c>sgd-converges-on-reddi</c>: Reddi et al.'s periodic linear problem (f_t = C·x when t mod P = 1, else
/// −s·x, on [−1, 1]) and projected online gradient descent with η_t = η/√t from x1 for <see cref="Horizon"/> steps.
/// </summary>
/// <param name="LargeGradient">C.</param>
/// <param name="Period">P.</param>
/// <param name="SmallGradient">s.</param>
/// <param name="Eta">η.</param>
/// <param name="Start">x1 ∈ [−1, 1].</param>
/// <param name="Horizon">T.</param>
public sealed record SgdReddiInstance(double LargeGradient, int Period, double SmallGradient, double Eta, double Start, int Horizon)
{
    /// <summary>The problem.</summary>
    public PeriodicLinearProblem Problem() => new(LargeGradient, Period, SmallGradient);

    /// <summary>G = max(C, s), the largest |g_t|.</summary>
    public double GradientBound => Math.Max(LargeGradient, SmallGradient);

    /// <summary>The case in words.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Problem().Describe()}; projected SGD with η_t = {Eta:G6}/√t from x1 = {Start:G6} for T = {Horizon}");
}
