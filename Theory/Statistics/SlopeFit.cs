using System.Globalization;

namespace Adam.Verification.Theory.Statistics;

/// <summary>
/// A fitted rate exponent: the least-squares slope b of log y = a + b·log x over the horizons, with a bootstrap
/// percentile interval [Lower, Upper] at <paramref name="Level"/>.
/// </summary>
/// <param name="Slope">b.</param>
/// <param name="Intercept">a.</param>
/// <param name="Lower">The lower end of the interval.</param>
/// <param name="Upper">The upper end of the interval.</param>
/// <param name="Level">The coverage, e.g. 0.95.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
public sealed record SlopeFit(double Slope, double Intercept, double Lower, double Upper, double Level, int Resamples)
{
    /// <summary>"b = … [lower, upper] (95%)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Slope:F4} [{Lower:F4}, {Upper:F4}] ({Level * 100:F0}% bootstrap, {Resamples} resamples)");
}
