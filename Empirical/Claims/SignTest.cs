using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// The sign test on paired replicates: each replicate is a win or a loss, and under the null hypothesis a win has
/// probability 1/2. With n replicates and w wins the verdict is Held when P(Bin(n, 1/2) ≥ w) ≤ the error rate of that
/// side, Refuted when P(Bin(n, 1/2) ≤ w) ≤ the error rate of that side, Inconclusive otherwise; so each decisive verdict
/// is reached by a coin flip with probability at most its side's error rate. No verdict at rate r is decisive below
/// <see cref="MinimumRuns"/>(r) replicates.
/// </summary>
public static class SignTest
{
    /// <summary>The verdict on <paramref name="wins"/> of <paramref name="runs"/> replicates at <paramref name="errorRate"/> per side.</summary>
    public static Verdict Decide(int wins, int runs, double errorRate) => Decide(wins, runs, errorRate, errorRate);

    /// <summary>The verdict on <paramref name="wins"/> of <paramref name="runs"/> replicates with a rate of its own for each side.</summary>
    public static Verdict Decide(int wins, int runs, double heldRate, double refutedRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wins);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wins, runs);
        return UpperTail(wins, runs) <= heldRate ? Verdict.Held : UpperTail(runs - wins, runs) <= refutedRate ? Verdict.Refuted : Verdict.Inconclusive;
    }

    /// <summary>The fewest wins of <paramref name="runs"/> that decide Held at <paramref name="errorRate"/> (runs + 1 when none does).</summary>
    public static int WinsForHeld(int runs, double errorRate) =>
        Enumerable.Range(0, runs + 1).FirstOrDefault(k => UpperTail(k, runs) <= errorRate, runs + 1);

    /// <summary>The fewest replicates at which a decisive verdict is possible: the smallest n with 2⁻ⁿ ≤ <paramref name="errorRate"/>.</summary>
    public static int MinimumRuns(double errorRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(errorRate);
        return Math.Max(1, (int)Math.Ceiling(-Math.Log2(errorRate) - 1e-12));
    }

    /// <summary>P(Bin(<paramref name="n"/>, 1/2) ≥ <paramref name="k"/>).</summary>
    private static double UpperTail(int k, int n)
    {
        double sum = 0;
        for (int j = Math.Max(k, 0); j <= n; j++)
        {
            sum += Math.Exp(LogChoose(n, j) - (n * Math.Log(2)));
        }

        return sum;
    }

    private static double LogChoose(int n, int k)
    {
        double r = 0;
        for (int i = 1; i <= k; i++)
        {
            r += Math.Log(n - k + i) - Math.Log(i);
        }

        return r;
    }
}
