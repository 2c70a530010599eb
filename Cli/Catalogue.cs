using Adam.Verification.Counterexamples;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli;

/// <summary>The full claim catalogue: Theory's claims, then Counterexamples'.</summary>
public static class Catalogue
{
    /// <summary>Fresh instances of every claim, in catalogue order.</summary>
    public static IReadOnlyList<IClaim> All() => [.. TheoryClaims.All(), .. CounterexampleClaims.All()];

    /// <summary>The claim with exactly the id <paramref name="id"/>; <paramref name="source"/> (file and field) names it in the message.</summary>
    /// <exception cref="ArgumentException">No claim has that id.</exception>
    public static IClaim Get(string id, string source)
    {
        IReadOnlyList<IClaim> all = All();
        return all.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal))
            ?? throw new ArgumentException($"{source}: unknown claim '{id}'; valid: {string.Join(", ", all.Select(c => c.Id))}.");
    }

    /// <summary>
    /// The claims named in <paramref name="ids"/> (comma-separated), or all when null or empty.
    /// </summary>
    /// <exception cref="ArgumentException">An id is unknown (the message lists the valid ids).</exception>
    public static IReadOnlyList<IClaim> Select(string? ids)
    {
        IReadOnlyList<IClaim> all = All();
        if (ids is null)
        {
            return all;
        }

        if (ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length == 0)
        {
            throw new ArgumentException($"--claims names no claim ('{ids}'); leave it out to run all, or give ids separated by commas.");
        }

        if (ids.Split(',', StringSplitOptions.TrimEntries).Any(id => id.Length == 0))
        {
            throw new ArgumentException($"--claims has an empty entry ('{Theory.Traces.StrictJson.Clip(ids)}'); give ids separated by single commas.");
        }

        var chosen = new List<IClaim>();
        foreach (string id in ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            IClaim claim = all.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal))
                ?? throw new ArgumentException($"unknown claim '{Theory.Traces.StrictJson.Clip(id)}'; valid: {string.Join(", ", all.Select(c => c.Id))}.");
            if (!chosen.Contains(claim))
            {
                chosen.Add(claim);
            }
        }

        return chosen;
    }
}
