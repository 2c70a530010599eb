using Adam.Verification.Counterexamples;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Generated;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Loading;

namespace Adam.Verification.Suite;

/// <summary>
/// The full claim catalogue: Theory's claims, then Counterexamples', each followed by its form on generated networks
/// (<c>ID@networks</c>) where it has one, then the claims stated for networks only, then the claims of the user's
/// assemblies loaded for this command (<c>--claims-from</c>, <see cref="Including"/>).
/// </summary>
public static class Catalogue
{
    private static readonly AsyncLocal<IReadOnlyList<ClaimSource>?> Loaded = new();

    /// <summary>The user's claim sources included in the current command (none unless <see cref="Including"/> is in effect).</summary>
    public static IReadOnlyList<ClaimSource> Sources => Loaded.Value ?? [];

    /// <summary>Fresh instances of every claim, in catalogue order.</summary>
    public static IReadOnlyList<IClaim> All()
    {
        IReadOnlyList<IClaim> networks = [.. NetworkClaims.All(), .. CounterexampleClaims.OnNetworks(new SmallNetworkFamily())];
        IClaim[] analytic = [.. TheoryClaims.All(), .. CounterexampleClaims.All()];
        return
        [
            .. analytic.SelectMany(c => networks.Where(n => n.Definition.BaseId == c.Id && n.Id != c.Id).Prepend(c)),
            .. networks.Where(n => analytic.All(c => c.Id != n.Definition.BaseId)),
            .. Sources.SelectMany(s => s.Claims()),
        ];
    }

    /// <summary>
    /// Adds the claims of <paramref name="sources"/> to the catalogue for the current command (and the work it starts),
    /// until the returned scope is disposed.
    /// </summary>
    /// <exception cref="ArgumentException">A loaded claim's id is the id of another claim (built in or loaded).</exception>
    public static IDisposable Including(IReadOnlyList<ClaimSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IClaim claim in All())
        {
            seen[claim.Id] = "the built-in catalogue";
        }

        foreach (ClaimSource source in sources)
        {
            foreach (string id in source.Ids)
            {
                if (!seen.TryAdd(id, source.Path))
                {
                    throw new ArgumentException($"{ClaimsFromOption}: {source.Path}: claim id '{id}' is already taken by {seen[id]}; give the claim another id.");
                }
            }
        }

        IReadOnlyList<ClaimSource>? previous = Loaded.Value;
        Loaded.Value = [.. Sources, .. sources];
        return new Scope(() => Loaded.Value = previous);
    }

    /// <summary>The claims whose cases run on <paramref name="objectives"/>, in catalogue order.</summary>
    public static IReadOnlyList<IClaim> All(ObjectiveSelection objectives) => [.. All().Where(c => Includes(objectives, c.Definition.Objectives))];

    /// <summary>What each catalogue claim runs on, by id ("analytic" or "networks"), for the report's objectives column.</summary>
    public static IReadOnlyDictionary<string, string> ObjectivesById() =>
        All().ToDictionary(c => c.Id, c => c.Definition.Objectives == ObjectiveKind.Networks ? "networks" : "analytic", StringComparer.Ordinal);

    /// <summary>Whether <paramref name="selection"/> takes claims whose cases run on <paramref name="kind"/>.</summary>
    public static bool Includes(ObjectiveSelection selection, ObjectiveKind kind) =>
        selection == ObjectiveSelection.All || (selection == ObjectiveSelection.Networks) == (kind == ObjectiveKind.Networks);

    /// <summary>The claim with exactly the id <paramref name="id"/>; <paramref name="source"/> (file and field) names it in the message.</summary>
    /// <exception cref="ArgumentException">No claim has that id.</exception>
    public static IClaim Get(string id, string source)
    {
        IReadOnlyList<IClaim> all = All();
        return all.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal))
            ?? throw new ArgumentException($"{source}: unknown claim '{id}'{FromAssemblyHint}; valid: {string.Join(", ", all.Select(c => c.Id))}.");
    }

    /// <summary>
    /// The claims named in <paramref name="ids"/> (comma-separated), or all when null or empty.
    /// </summary>
    /// <exception cref="ArgumentException">An id is unknown (the message lists the valid ids).</exception>
    public static IReadOnlyList<IClaim> Select(string? ids) => Select(ids, ObjectiveSelection.All);

    /// <summary>
    /// The claims named in <paramref name="ids"/> (comma-separated, each an exact id: ID is the analytic form, ID@networks
    /// the network form), or all those on <paramref name="objectives"/> when null. A named claim must run on the
    /// objectives asked for; one that does not is refused, with its network form or its reason for having none.
    /// </summary>
    /// <exception cref="ArgumentException">An id is unknown, or names a claim outside the objectives asked for.</exception>
    public static IReadOnlyList<IClaim> Select(string? ids, ObjectiveSelection objectives)
    {
        IReadOnlyList<IClaim> all = All();
        if (ids is null)
        {
            return All(objectives);
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
                ?? throw new ArgumentException($"unknown claim '{Theory.Traces.StrictJson.Clip(id)}'{FromAssemblyHint}; valid: {string.Join(", ", all.Select(c => c.Id))}.");
            if (!Includes(objectives, claim.Definition.Objectives))
            {
                string where = claim.Definition.Objectives == ObjectiveKind.Networks ? "networks" : "analytic objectives";
                string instead = all.FirstOrDefault(c => c.Id == id + ClaimDefinition.NetworksSuffix) is { } form
                    ? $"; its network form is {form.Id}"
                    : claim.Definition.Networks is { } n && claim.Definition.Objectives == ObjectiveKind.Analytic ? $" (on networks: {n})" : string.Empty;
                throw new ArgumentException($"--claims {id} runs on {where}, but --objectives is {objectives.ToString().ToLowerInvariant()}{instead}.");
            }

            if (!chosen.Contains(claim))
            {
                chosen.Add(claim);
            }
        }

        return chosen;
    }

    /// <summary>The option that loads a user's claims (<c>--claims-from PATH</c>).</summary>
    public const string ClaimsFromOption = "--claims-from";

    /// <summary>
    /// The options that load again the sources of the claims <paramref name="ids"/>, for a replay line (empty when every
    /// id is built in).
    /// </summary>
    public static string ReplayOptions(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return string.Concat(Sources.Where(s => s.Ids.Any(wanted.Contains)).Select(s => $" {ClaimsFromOption} {Reporting.Provenance.Quote(s.Path)}"));
    }

    /// <summary>The options that load again the source of the claim <paramref name="id"/> (empty for a built-in claim).</summary>
    public static string ReplayOptions(string id) => ReplayOptions([id]);

    /// <summary>Said of an unknown id: a claim of the user's own is found only with the assembly loaded.</summary>
    private static string FromAssemblyHint => Sources.Count == 0 ? " (a claim of your own assembly needs --claims-from PATH)" : string.Empty;
}
