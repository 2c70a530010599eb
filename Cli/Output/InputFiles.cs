namespace Adam.Verification.Cli.Output;

/// <summary>Input files named on the command line: each must be an existing file, and the message names the option.</summary>
public static class InputFiles
{
    /// <summary>Throws unless <paramref name="file"/> is an existing regular file.</summary>
    /// <exception cref="ArgumentException">Missing, or a directory; the message names <paramref name="option"/> and the path.</exception>
    public static void Require(FileInfo file, string option)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Directory.Exists(file.FullName))
        {
            throw new ArgumentException($"{option}: '{file.FullName}' is a directory; give a file.");
        }

        if (!file.Exists)
        {
            throw new ArgumentException($"{option}: no such file '{file.FullName}'.");
        }
    }
}
