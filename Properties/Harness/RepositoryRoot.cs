namespace Adam.Verification.Properties.Harness;

/// <summary>The repository root: the nearest folder above the test binaries that holds Adam.Verification.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The root's full path.</summary>
    public static string Path { get; } = Find();

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
