using System.Globalization;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Suite.Runs;

/// <summary>
/// Deterministic slices of the work for array jobs: shard i of N takes the claims at positions p (0-based, in catalogue
/// order) with p mod N = i − 1. The union of all N shards is the whole catalogue, each claim exactly once, with the
/// same seed and budget as a single run, so `adamv merge` reproduces a single machine's report.
/// </summary>
public static class Shards
{
    /// <summary>
    /// Parses "i/N" with 1 ≤ i ≤ N ≤ 10,000, or "auto" / "auto/N" (the array job's index, see
    /// <see cref="ShardEnvironment"/>; <paramref name="environment"/> reads a variable, the process environment by default).
    /// </summary>
    public static (int Index, int Count) Parse(string text, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ShardEnvironment.IsAuto(text))
        {
            (int index, int count, _) = ShardEnvironment.Resolve(text, environment ?? Environment.GetEnvironmentVariable);
            return (index, count);
        }

        string[] parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > 10_000 || i < 1 || i > n || text != string.Create(CultureInfo.InvariantCulture, $"{i}/{n}"))
        {
            throw new ArgumentException($"--shard must be i/N with 1 ≤ i ≤ N ≤ 10000 and no leading zeros (e.g. 2/4), or auto (a Slurm array or Kubernetes Indexed Job); got '{Theory.Traces.StrictJson.Clip(text)}'.");
        }

        return (i, n);
    }

    /// <summary>The claims of shard i of N.</summary>
    public static IReadOnlyList<IClaim> Slice(IReadOnlyList<IClaim> claims, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Where((_, p) => p % count == index - 1).ToArray();
    }
}
