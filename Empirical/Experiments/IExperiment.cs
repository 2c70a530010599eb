namespace Adam.Verification.Empirical.Experiments;

/// <summary>One question of arXiv 2309.08339 §5 as a set of arms (curves) at a given scale.</summary>
public interface IExperiment
{
    /// <summary>The CLI name (kebab-case).</summary>
    string Name { get; }

    /// <summary>The question the experiment answers, with its section of the paper.</summary>
    string Question { get; }

    /// <summary>The arms at <paramref name="scale"/>.</summary>
    IReadOnlyList<Arm> Arms(ExperimentScale scale);
}
