namespace Adam.Verification.Torch.Native;

/// <summary>
/// What making a library load against an older system library takes: the version requirements the system does not
/// define and that may be made weak (no symbol bound to them is relocated), and those that may not (a relocated symbol
/// would be missing at run time, so no patch can help).
/// </summary>
/// <param name="Weaken">Missing versions whose symbols nothing relocates: weakening them is safe.</param>
/// <param name="Blocking">Missing versions with a relocated symbol, as "VERSION (symbol, …)".</param>
public sealed record WeakeningPlan(IReadOnlyList<VersionNeed> Weaken, IReadOnlyList<string> Blocking)
{
    /// <summary>Whether nothing needs doing: every requirement is defined by the system (or already weak).</summary>
    public bool NothingToDo => Weaken.Count == 0 && Blocking.Count == 0;

    /// <summary>
    /// The plan for <paramref name="library"/> against a system library named <paramref name="file"/> that defines
    /// <paramref name="defined"/>: only non-weak requirements on that file that it does not define are considered.
    /// </summary>
    public static WeakeningPlan For(ElfImage library, string file, IReadOnlySet<string> defined)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(defined);
        var weaken = new List<VersionNeed>();
        var blocking = new List<string>();
        foreach (VersionNeed n in library.Needs().Where(n => n.File == file && !n.Weak && !defined.Contains(n.Version)))
        {
            IReadOnlyList<string> relocated = library.RelocatedSymbols(n.Index);
            if (relocated.Count == 0)
            {
                weaken.Add(n);
            }
            else
            {
                blocking.Add($"{n.Version} ({string.Join(", ", relocated.Take(3))}{(relocated.Count > 3 ? ", …" : string.Empty)})");
            }
        }

        return new WeakeningPlan(weaken, blocking);
    }
}
