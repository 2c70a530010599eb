using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Theory.Running;

/// <summary>The per-run metric at each horizon and the fitted exponent with its bootstrap interval.</summary>
/// <param name="Horizons">T_k.</param>
/// <param name="Samples">Samples[k][r]: the metric of replicate r at T_k.</param>
/// <param name="Fit">The log–log slope and its interval.</param>
public sealed record RateMeasurement(IReadOnlyList<long> Horizons, IReadOnlyList<double[]> Samples, SlopeFit Fit)
{
    /// <summary>Mean and standard error at each horizon.</summary>
    public IReadOnlyList<MonteCarloSummary> Summaries => Samples.Select(s => MonteCarloSummary.Of(s)).ToArray();

    /// <summary>The exponent's bootstrap standard error: the 95% percentile interval's half-width over z = 1.96.</summary>
    public double StandardError => (Fit.Upper - Fit.Lower) / (2 * 1.959963984540054);

    /// <summary>"mean±SE at T = …" for every horizon, as the claims' evidence prints it.</summary>
    public string MeansText => string.Join(", ", Summaries.Select((x, k) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{x.Mean:G4}±{x.StandardError:G2} at T = {Horizons[k]}")));
}
