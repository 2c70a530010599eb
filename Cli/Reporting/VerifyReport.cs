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

    /// <summary>The claim object behind a result (for its hypotheses and variant), or null for an unknown id.</summary>
    public static IClaim? ClaimFor(string id) => Catalogue.All().FirstOrDefault(c => c.Id == id);

    /// <summary>The budget's name as the CLI spells it.</summary>
    public string BudgetName => Budget.ToString().ToLowerInvariant();
}
