namespace Adam.Verification.Empirical.Experiments;

/// <summary>The experiments of arXiv 2309.08339 §5, by CLI name.</summary>
public static class ExperimentCatalogue
{
    /// <summary>All experiments.</summary>
    public static IReadOnlyList<IExperiment> All { get; } =
    [
        new SchedulersExperiment(), new ConstantRatesExperiment(), new DepthWidthExperiment(), new LeNetExperiment(),
        new BatchSizeExperiment(), new HorizonExperiment(), new RhoExperiment(),
    ];

    /// <summary>The experiment named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No such experiment; the message lists the names.</exception>
    public static IExperiment Get(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown experiment '{name}'; choose one of {string.Join(", ", All.Select(e => e.Name))}.");
}
