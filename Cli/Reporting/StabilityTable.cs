using Adam.Verification.Cli.Commands;
using System.Globalization;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>The table <c>adamv verify --seeds K</c> prints: verdict counts per claim, then every flip with its replay line.</summary>
public static class StabilityTable
{
    /// <summary>Writes the table and a summary line.</summary>
    public static void Write(TextWriter output, IReadOnlyList<SeedSweep> sweeps, BudgetLevel level, ulong runSeed, int seeds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sweeps);
        int idWidth = Math.Max(5, sweeps.Max(s => s.ClaimId.Length));
        string budget = level.ToString().ToLowerInvariant();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"claim".PadRight(idWidth)}  {"expected",-12} {"Held",6} {"Refuted",8} {"Inconcl.",9} {"flips",6} {"seconds",9}"));
        output.WriteLine(new string('-', idWidth + 56));
        foreach (SeedSweep s in sweeps)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.ClaimId.PadRight(idWidth)}  {s.Expected,-12} {s.Count(Verdict.Held),6} {s.Count(Verdict.Refuted),8} {s.Count(Verdict.Inconclusive),9} {s.Flips.Count,6} {s.Results.Sum(r => r.Seconds),9:F1}"));
        }

        foreach (SeedSweep s in sweeps.Where(s => s.Flips.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"FLIPS of {s.ClaimId} (expected {s.Expected}):");
            foreach (ClaimResult r in s.Flips)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seed {r.Seed}: {r.Verdict}; replay: {SeedSweep.ReplayCommand(s.ClaimId, level, r.Seed)}{Catalogue.ReplayOptions(s.ClaimId)}"));
            }
        }

        int flips = sweeps.Sum(s => s.Flips.Count);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{flips} flips over {seeds} seeds × {sweeps.Count} claims (budget {budget}, seeds derived from run seed {runSeed})."));
    }
}
