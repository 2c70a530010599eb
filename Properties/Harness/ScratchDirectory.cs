namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fresh directory under the system's temporary folder for one test, removed with everything in it when disposed, so a
/// test leaves nothing behind whether it passes or fails.
/// </summary>
public sealed class ScratchDirectory : IDisposable
{
    private ScratchDirectory(string path) => Path = path;

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>Creates a directory whose name starts with <paramref name="prefix"/>.</summary>
    public static ScratchDirectory Create(string prefix) => new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary><see cref="Path"/> joined with <paramref name="parts"/>.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
