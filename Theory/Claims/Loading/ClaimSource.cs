namespace Adam.Verification.Theory.Claims.Loading;

/// <summary>
/// Claims found in a user's assembly (<see cref="ClaimAssembly.Load"/>): where they came from and how to make each
/// one afresh.
/// </summary>
/// <param name="Path">The path the user gave (an assembly or a project), as given.</param>
/// <param name="AssemblyPath">The assembly the claims were loaded from (the project's build output for a project).</param>
/// <param name="Factories">One factory per claim, in a stable order (type, then member, by ordinal name).</param>
public sealed record ClaimSource(string Path, string AssemblyPath, IReadOnlyList<Func<IClaim>> Factories)
{
    /// <summary>The ids of the source's claims, in order.</summary>
    public IReadOnlyList<string> Ids { get; } = [.. Factories.Select(f => f().Id)];

    /// <summary>Fresh instances of the source's claims.</summary>
    public IReadOnlyList<IClaim> Claims() => [.. Factories.Select(f => f())];
}
