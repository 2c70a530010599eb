using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

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

    /// <summary>The run seed of <see cref="Sweep"/>.</summary>
    public ulong SweepRunSeed { get; init; }

    /// <summary>
    /// The command that reproduces <see cref="Results"/>, with every option that chose them (default: the budget and the
    /// seed alone, i.e. the whole catalogue).
    /// </summary>
    public string Replay { get; init; } = ReplayCommand(Budget, Seed, null, null);

    /// <summary><c>adamv verify --budget B --seed S</c>, with <c>--claims</c> and <c>--objectives</c> when given.</summary>
    public static string ReplayCommand(BudgetLevel budget, ulong seed, string? claims, string? objectives) =>
        FormattableString.Invariant($"adamv verify --budget {budget.ToString().ToLowerInvariant()} --seed {seed}")
        + (string.IsNullOrWhiteSpace(claims) ? string.Empty : $" --claims {claims}")
        + (string.IsNullOrWhiteSpace(objectives) ? string.Empty : $" --objectives {objectives}");

    /// <summary>The budget's name as the CLI spells it.</summary>
    public string BudgetName => Budget.ToString().ToLowerInvariant();
}
