namespace Adam.Verification.Torch.Native;

/// <summary>What <see cref="NativeFix.Prepare"/> found and did.</summary>
/// <param name="Library">The application's copy of <c>libLibTorchSharp.so</c>, or null when there is none to check (not Linux x64, or not found beside the application).</param>
/// <param name="SystemLibrary">The libstdc++ the process loaded, or null when not checked.</param>
/// <param name="Weakened">The version requirements made weak by this call (empty when nothing was patched).</param>
public sealed record NativeFixOutcome(string? Library, string? SystemLibrary, IReadOnlyList<string> Weakened)
{
    /// <summary>One line for logs and the CLI.</summary>
    public string Describe() => (Library, Weakened.Count) switch
    {
        (null, _) => "libLibTorchSharp.so: not checked (not Linux x64, or no application copy beside the executable)",
        (_, 0) => $"{Library}: loads against {SystemLibrary} as shipped (nothing patched)",
        _ => $"{Library}: made {string.Join(", ", Weakened)} weak (undefined by {SystemLibrary}; no symbol bound to it is relocated)",
    };
}
