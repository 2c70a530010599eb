namespace Adam.Verification.Properties.Harness;

/// <summary>The repository root: the nearest folder above the test binaries that holds Adam.Verification.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The root's full path.</summary>
    public static string Path { get; } = Find();

    /// <summary>
    /// The commit adamv's provenance names: a 40-digit hash where the checkout has git metadata (the build embeds the
    /// source revision; this checks it does), "unknown" where it has none (a source archive).
    /// </summary>
    public static string Commit
    {
        get
        {
            string commit = Adam.Verification.Suite.Reporting.Provenance.Of([], DateTimeOffset.UtcNow).Commit;
            string git = System.IO.Path.Combine(Path, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                Assert.Matches("^[0-9a-f]{40}$", commit);
            }
            else
            {
                Assert.Equal("unknown", commit);
            }

            return commit;
        }
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Adam.Verification.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
