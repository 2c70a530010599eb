using System.Globalization;

namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// A gradient coordinate given to a step was NaN or ±∞. Thrown before anything is written, so the parameters
/// and the optimizer state are left exactly as they were.
/// </summary>
public sealed class NonFiniteGradientException : ArithmeticException
{
    /// <summary>Creates the exception for step <paramref name="step"/>, coordinate <paramref name="coordinate"/>.</summary>
    public NonFiniteGradientException(long step, int coordinate, double value)
        : base(string.Create(CultureInfo.InvariantCulture, $"non-finite gradient at step t = {step}, coordinate {coordinate}: g = {value}; parameters and optimizer state were left unchanged."))
    {
        Step = step;
        Coordinate = coordinate;
        Value = value;
    }

    /// <summary>Creates the exception with a message.</summary>
    public NonFiniteGradientException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NonFiniteGradientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public NonFiniteGradientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The step t (1-based) that would have been taken.</summary>
    public long Step { get; }

    /// <summary>The offending coordinate (0-based).</summary>
    public int Coordinate { get; }

    /// <summary>The offending value.</summary>
    public double Value { get; }

    /// <summary>Throws unless every entry of <paramref name="g"/> is finite.</summary>
    public static void ThrowIfAnyNonFinite(ReadOnlySpan<double> g, long step)
    {
        for (int i = 0; i < g.Length; i++)
        {
            if (!double.IsFinite(g[i]))
            {
                throw new NonFiniteGradientException(step, i, g[i]);
            }
        }
    }
}
