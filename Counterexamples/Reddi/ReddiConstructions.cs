namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// The constants of Reddi et al.'s constructions (docs/claims.md#reddi-any-beta): Thm 1's β2 = 1/(1+C²), and Thm 2's period-C example
/// from the machine-checked sufficient constants C = 2N with β2^N·C² ≤ 1 and N·√(1−β2)·(1−β1/√β2) ≥ 4 [SEC].
/// </summary>
public static class ReddiConstructions
{
    /// <summary>Thm 1: β2 = 1/(1 + C²) (with β1 = 0).</summary>
    public static double Theorem1Beta2(double c) => 1 / (1 + (c * c));

    /// <summary>
    /// Thm 2: the smallest period C = 2N meeting the sufficient constants for (β1, β2) with β1 &lt; √β2, or null when it
    /// exceeds <paramref name="maxPeriod"/>.
    /// </summary>
    public static int? Theorem2Period(double beta1, double beta2, int maxPeriod = 1_000_000)
    {
        if (!(beta1 >= 0 && beta2 > 0 && beta2 < 1 && beta1 < Math.Sqrt(beta2)))
        {
            throw new ArgumentException("the Thm 2 construction needs 0 ≤ β1 < √β2 < 1.");
        }

        double gap = 1 - (beta1 / Math.Sqrt(beta2));
        for (long n = 1; 2 * n <= maxPeriod; n++)
        {
            double c = 2.0 * n;
            if (Math.Pow(beta2, n) * c * c <= 1 && n * Math.Sqrt(1 - beta2) * gap >= 4)
            {
                return (int)c;
            }
        }

        return null;
    }
}
