namespace Adam.Verification.Properties.Harness;

/// <summary>Finds a headless-capable Chromium (Debian's `chromium`) for the `Browser` tests.</summary>
public static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The executable's path, or null.</summary>
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        string[] dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(n => dirs.Select(d => System.IO.Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }
}
