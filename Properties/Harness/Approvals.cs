namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A small approved-file snapshot helper. <c>Verify(name, text)</c> compares text with
/// <c>Properties/Approved/{name}.approved.txt</c>. On a mismatch (or a missing file) it writes
/// <c>{name}.received.txt</c> beside it and fails with the first differing line. To approve, check the received
/// file by hand and rename it to .approved.txt, or run the tests with <c>ADAMV_APPROVE=1</c>, which copies every
/// received file over its approved file (then review the diff with git).
/// </summary>
public static class Approvals
{
    /// <summary>Compares <paramref name="received"/> with the approved snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string received)
    {
        string directory = Path.Combine(ProjectDirectory(), "Approved");
        Directory.CreateDirectory(directory);
        string approvedPath = Path.Combine(directory, $"{name}.approved.txt");
        string receivedPath = Path.Combine(directory, $"{name}.received.txt");
        received = received.ReplaceLineEndings("\n");
        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received);
        if (Environment.GetEnvironmentVariable("ADAMV_APPROVE") == "1")
        {
            File.Copy(receivedPath, approvedPath, overwrite: true);
            File.Delete(receivedPath);
            return;
        }

        string where = approved is null ? "no approved file exists" : FirstDifference(approved, received);
        Assert.Fail($"snapshot '{name}' differs from {approvedPath}: {where}. Received output written to {receivedPath}; review it and rename it to .approved.txt (or rerun with ADAMV_APPROVE=1).");
    }

    private static string FirstDifference(string approved, string received)
    {
        string[] a = approved.Split('\n');
        string[] r = received.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            string left = i < a.Length ? a[i] : "<end>";
            string right = i < r.Length ? r[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}: approved '{left}' vs received '{right}'";
            }
        }

        return "line endings differ";
    }

    /// <summary>
    /// The Properties project folder, found by walking up from the test binaries (source paths are mapped to /_/
    /// in CI's deterministic builds, so the caller's file path cannot be used).
    /// </summary>
    private static string ProjectDirectory()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Adam.Verification.Properties.csproj")))
        {
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        }

        return dir ?? throw new InvalidOperationException($"cannot find the Properties project above {AppContext.BaseDirectory}.");
    }
}
