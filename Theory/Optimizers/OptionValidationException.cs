using System.Globalization;

namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// An optimizer option, schedule parameter or objective constant outside its valid range. The message names
/// the option, the valid range and the offending value.
/// </summary>
public sealed class OptionValidationException : ArgumentException
{
    /// <summary>Creates the exception for option <paramref name="option"/> with a specific message.</summary>
    public OptionValidationException(string option, string message)
        : base(message, option)
    {
        Option = option;
    }

    /// <summary>Creates the exception (serialisation-free default form).</summary>
    public OptionValidationException()
        : base("invalid option")
    {
        Option = string.Empty;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public OptionValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Option = string.Empty;
    }

    /// <summary>The option's name in the papers' notation (β1, β2, ε, α, λ, …).</summary>
    public string Option { get; }

    /// <summary>The message without the appended parameter name.</summary>
    public override string Message => base.Message.Replace($" (Parameter '{ParamName}')", string.Empty, StringComparison.Ordinal);

    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    public static void RequireFinite(string option, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new OptionValidationException(option, $"{option} must be a finite number; got {Format(value)}.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    public static void RequireNonNegative(string option, double value)
    {
        RequireFinite(option, value);
        if (value < 0)
        {
            throw new OptionValidationException(option, $"{option} must be ≥ 0; got {Format(value)}.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    public static void RequirePositive(string option, double value)
    {
        RequireFinite(option, value);
        if (value <= 0)
        {
            throw new OptionValidationException(option, $"{option} must be > 0; got {Format(value)}.");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and in [0, 1).</summary>
    public static void RequireUnitInterval(string option, double value)
    {
        RequireFinite(option, value);
        if (value < 0 || value >= 1)
        {
            throw new OptionValidationException(option, $"{option} must lie in [0, 1); got {Format(value)}.");
        }
    }

    /// <summary>Round-trip, culture-invariant formatting used in every message.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
