using System.Diagnostics;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// An output destination that is a special file (here a FIFO, as in <c>adamv verify --json pipe</c> with a reader on the
/// other end) is written into; the atomic rename of regular outputs would replace the pipe with a regular file.
/// </summary>
public sealed class SpecialFileOutputTests
{
    [Fact]
    public async Task An_output_that_is_a_fifo_is_written_into_and_stays_a_fifo()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-fifo-").FullName;
        try
        {
            string fifo = Path.Combine(dir, "case.json");
            Assert.Equal(0, Shell("mkfifo", fifo));
            Task<string> reader = Task.Run(() => File.ReadAllText(fifo));
            (int code, _, string error) = Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--json", fifo);
            Assert.True(code == 0, error);
            string text = await reader.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Contains("\"id\": \"sign-ratio-bound-tight\"", text, StringComparison.Ordinal);
            Assert.Equal(0, Shell("test", "-p", fifo));
            Assert.Equal(["case.json"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Shell(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process p = Process.Start(start)!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
