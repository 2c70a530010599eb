using System.Globalization;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Harness;

/// <summary>The replay line every seed-dependent test failure prints.</summary>
public static class ReplayLine
{
    /// <summary>"seed S; replay: ADAMV_SEED=S dotnet test --filter NAME" for a test run at the suite seed.</summary>
    public static string Test(string filter) =>
        string.Create(CultureInfo.InvariantCulture, $"suite seed {PropertySeeds.SuiteSeed()}; replay: ADAMV_SEED={PropertySeeds.SuiteSeed()} dotnet test --filter \"{filter}\"");

    /// <summary>The claim's verdict, evidence, seed and the `adamv verify` line that replays it.</summary>
    public static string Line(ClaimResult result, BudgetLevel level, int? cases = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        string casesNote = cases is int c ? string.Create(CultureInfo.InvariantCulture, $" (run with {c} cases)") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{result.Id}: {result.Verdict} (expected {result.ExpectedVerdict}) at seed {result.Seed}{casesNote}; replay: adamv verify --claims {result.Id} --budget {level.ToString().ToLowerInvariant()} --seed {result.Seed}. Evidence: {result.Evidence}");
    }
}
