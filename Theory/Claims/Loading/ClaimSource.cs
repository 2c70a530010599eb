using System.Reflection;

namespace Adam.Verification.Theory.Claims.Loading;

/// <summary>
/// Claims found in a user's assembly (<see cref="ClaimAssembly.Load"/>): where they came from and how to make them
/// afresh.
/// </summary>
/// <param name="Path">The full path of the assembly or project the user named (replay lines print it).</param>
/// <param name="Assembly">The assembly the claims were loaded from (the project's build output for a project).</param>
/// <param name="Members">One factory per claim-making type or member, in a stable order (type, then member, by ordinal name).</param>
public sealed record ClaimSource(string Path, Assembly Assembly, IReadOnlyList<ClaimMember> Members)
{
    /// <summary>The ids of the source's claims, in order (read when the source was loaded).</summary>
    public IReadOnlyList<string> Ids { get; } = [.. Members.SelectMany(m => m.Make()).Select(c => c.Id)];

    /// <summary>Fresh instances of the source's claims.</summary>
    /// <exception cref="ArgumentException">A member throws or returns something else than the first time.</exception>
    public IReadOnlyList<IClaim> Claims() => [.. Members.SelectMany(m => m.Make())];
}
