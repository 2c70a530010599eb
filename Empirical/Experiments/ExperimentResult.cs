namespace Adam.Verification.Empirical.Experiments;

/// <summary>An experiment's curves and the facts it reports.</summary>
public sealed record ExperimentResult(string Name, string Question, ExperimentScale Scale, IReadOnlyList<ArmResult> Arms, TimeSpan Elapsed)
{
    /// <summary>
    /// What produced the curves, for the figure's caption: the C# engine (<see cref="Engine"/>) or a recorded trace
    /// (for example "trace t.json (torch 2.4 on cuda)", as <c>ExperimentTraceJson.Read</c> sets it).
    /// </summary>
    public string Source { get; init; } = Engine;

    /// <summary>The source of curves trained here.</summary>
    public const string Engine = "the C# engine (trained in this run)";
}
