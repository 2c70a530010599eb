namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>Reads Reddi et al.'s conclusion off a run: the first period from which every period starts at x = +1.</summary>
public static class ReddiSaturation
{
    /// <summary>
    /// k0, the first period such that every period k ≥ k0 starts exactly at +1 (clipping makes the value exact), or
    /// null when the last period does not start at +1.
    /// </summary>
    public static int? FirstSaturatedPeriod(ReadOnlySpan<double> periodStarts)
    {
        int k = periodStarts.Length;
        while (k > 0 && periodStarts[k - 1] == 1.0)
        {
            k--;
        }

        return k < periodStarts.Length ? k : null;
    }
}
