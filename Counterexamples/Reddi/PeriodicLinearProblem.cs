using System.Globalization;
using Adam.Verification.Theory.Oracles;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// Reddi, Kale &amp; Kumar (ICLR 2018) online problem on F = [−1, 1]: f_t(x) = C·x when t mod P = 1, else −s·x
/// (their Thm 1 has P = 3, s = 1; Thm 2 has P = C, s = 1; §5's synthetic example has C = 1010, s = 10, P = 101).
/// Per period the gradients sum to C − (P−1)·s, so x* = −1 when that sum is positive. Regret over whole periods is
/// R_T = Σ_t f_t(x_t) − Σ_t f_t(−1).
/// </summary>
public sealed class PeriodicLinearProblem : IOnlineLosses
{
    /// <summary>Creates the problem; the per-period gradient sum C − (P−1)·s must be positive.</summary>
    public PeriodicLinearProblem(double largeGradient, int period, double smallGradient = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        if (!(largeGradient > 0) || !(smallGradient > 0) || !(largeGradient - ((period - 1) * smallGradient) > 0))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"need C > (P − 1)·s > 0 so that x* = −1; got C = {largeGradient}, P = {period}, s = {smallGradient}."));
        }

        LargeGradient = largeGradient;
        Period = period;
        SmallGradient = smallGradient;
    }

    /// <summary>C.</summary>
    public double LargeGradient { get; }

    /// <summary>P.</summary>
    public int Period { get; }

    /// <summary>s.</summary>
    public double SmallGradient { get; }

    /// <inheritdoc/>
    public int Dimension => 1;

    /// <summary>The per-step gradient g_t (independent of x).</summary>
    public double GradientAt(long t) => t % Period == 1 % Period ? LargeGradient : -SmallGradient;

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"Reddi period-{Period} problem: f_t = {LargeGradient:G6}x if t mod {Period} = 1, else −{SmallGradient:G6}x on [−1, 1]");

    /// <inheritdoc/>
    public double Loss(long t, ReadOnlySpan<double> x) => GradientAt(t) * x[0];

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient) => gradient[0] = GradientAt(t);

    /// <summary>The regret of one period that starts at step t0 (t0 mod P = 1) given the iterates of that period.</summary>
    public double PeriodRegret(ReadOnlySpan<double> iterates, long t0)
    {
        double regret = 0;
        for (int j = 0; j < iterates.Length; j++)
        {
            regret += GradientAt(t0 + j) * (iterates[j] + 1);
        }

        return regret;
    }
}
