using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Suite.Reporting;

/// <summary>Everything a report shows: the budget and seed of the run, the verdicts, the claims' texts and the figures.</summary>
/// <param name="Budget">The budget level.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Results">One result per claim, in catalogue order.</param>
/// <param name="Figures">The figures.</param>
public sealed record VerifyReport(BudgetLevel Budget, ulong Seed, IReadOnlyList<ClaimResult> Results, IReadOnlyList<ReportFigure> Figures)
{
    /// <summary>"N of M verdicts as expected".</summary>
    public string Summary => $"{Results.Count(r => r.AsExpected)} of {Results.Count} verdicts as expected";

    /// <summary>
    /// The seed sweep when the report comes from <c>adamv verify --seeds K --report DIR</c> (null otherwise); then
    /// <see cref="Results"/> are those of the sweep's first seed, <see cref="Seed"/>, and <see cref="SweepRunSeed"/> is the
    /// run seed the K seeds derive from.
    /// </summary>
    public IReadOnlyList<SeedSweep>? Sweep { get; init; }

    /// <summary>Where the report came from (version, commit, date, platform, command line); null leaves it out.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>The files each figure is written as (figures/NAME.svg by default; .png or both on request).</summary>
    public FigureFormat Format { get; init; } = FigureFormat.Svg;

    /// <summary>The run seed of <see cref="Sweep"/>.</summary>
    public ulong SweepRunSeed { get; init; }

    /// <summary>
    /// The options that chose <see cref="Results"/>' claims, as <see cref="SelectionFor"/> writes them (empty: the whole
    /// catalogue).
    /// </summary>
    public string Selection { get; init; } = string.Empty;

    /// <summary>The command that reproduces <see cref="Results"/>: <c>adamv verify --budget B --seed S</c> and the selection.</summary>
    public string Replay => FormattableString.Invariant($"adamv verify --budget {BudgetName} --seed {Seed}{Selection}");

    /// <summary>The command that reproduces <see cref="Sweep"/>, with <paramref name="seeds"/> seeds.</summary>
    public string SweepReplay(int seeds) => FormattableString.Invariant($"adamv verify --budget {BudgetName} --seeds {seeds} --seed {SweepRunSeed}{Selection}");

    /// <summary>
    /// The options that choose exactly <paramref name="claimIds"/>, one function of the ids alone (so a single run and
    /// its merged shards print the same line): nothing for the whole catalogue, <c>--objectives X</c> when they are the
    /// claims on X, else <c>--claims</c> with the ids in catalogue order.
    /// </summary>
    public static string SelectionFor(IEnumerable<string> claimIds)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        var ids = claimIds.ToHashSet(StringComparer.Ordinal);
        return Catalogue.ReplayOptions(ids) + Choosing(ids);
    }

    private static string Choosing(HashSet<string> ids)
    {
        bool Is(IReadOnlyList<IClaim> set) => set.Count == ids.Count && set.All(c => ids.Contains(c.Id));
        if (Is(Catalogue.All()))
        {
            return string.Empty;
        }

        foreach (ObjectiveSelection objectives in new[] { ObjectiveSelection.Analytic, ObjectiveSelection.Networks })
        {
            if (Is(Catalogue.All(objectives)))
            {
                return " --objectives " + objectives.ToString().ToLowerInvariant();
            }
        }

        return " --claims " + string.Join(',', Catalogue.All().Select(c => c.Id).Where(ids.Contains));
    }

    /// <summary>The budget's name as the CLI spells it.</summary>
    public string BudgetName => Budget.ToString().ToLowerInvariant();
}
