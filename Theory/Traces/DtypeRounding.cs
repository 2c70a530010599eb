namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Storage rounding of a trace's dtype, for the C# recorders (the reference and the mutants): a float32 request is
/// answered by rounding the parameters and state to float32 after every step, as an implementation that stores them in
/// float32 does; float64 is stored as is. Other dtypes are recorded in float64 (the recorders do not emulate them).
/// </summary>
public static class DtypeRounding
{
    /// <summary>Rounds every value of <paramref name="values"/> in place to <paramref name="dtype"/>'s storage.</summary>
    public static void Store(Span<double> values, string dtype)
    {
        if (dtype != "float32")
        {
            return;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)values[i];
        }
    }

    /// <summary>A rounded copy of <paramref name="values"/>.</summary>
    public static double[] Stored(ReadOnlySpan<double> values, string dtype)
    {
        double[] copy = values.ToArray();
        Store(copy, dtype);
        return copy;
    }
}
