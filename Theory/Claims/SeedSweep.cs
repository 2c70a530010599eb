using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A claim run at K seeds derived from one run seed — seed k is SeededRandom.DeriveSeed(runSeed, k) — with the verdict
/// counts and every seed whose verdict differs from the expected one (a flip). The suite's flakiness meter and a
/// theorist's "how stable is this verdict?".
/// </summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Expected">Its expected verdict.</param>
/// <param name="Results">The result at each seed, in seed order.</param>
public sealed record SeedSweep(string ClaimId, Verdict Expected, IReadOnlyList<ClaimResult> Results)
{
    /// <summary>The K seeds derived from <paramref name="runSeed"/>.</summary>
    public static IReadOnlyList<ulong> Seeds(ulong runSeed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return [.. Enumerable.Range(0, count).Select(k => SeededRandom.DeriveSeed(runSeed, (ulong)k))];
    }

    /// <summary>The command that replays one seed of a sweep: <c>adamv verify --claims ID --budget LEVEL --seed S</c>.</summary>
    public static string ReplayCommand(string claimId, BudgetLevel level, ulong seed) =>
        $"adamv verify --claims {claimId} --budget {level.ToString().ToLowerInvariant()} --seed {seed}";

    /// <summary>How many seeds gave <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => Results.Count(r => r.Verdict == verdict);

    /// <summary>The results whose verdict differs from the expected one.</summary>
    public IReadOnlyList<ClaimResult> Flips => [.. Results.Where(r => r.Verdict != Expected)];
}
