using Adam.Verification.Properties.Cli;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Docs;

/// <summary>
/// The hand-written instance of docs/instances.md reproduces with <c>adamv check</c> and prints what the page shows; the
/// same case under the corrected bound holds (exit 1), so the example separates the two statements.
/// </summary>
public sealed class InstanceExampleTests
{
    private static readonly string Example = Path.Combine(RepositoryRoot.Path, "docs", "examples", "cauchy-sum-as-printed.json");

    [Fact]
    public void The_hand_written_example_reproduces_as_the_page_shows()
    {
        (int code, string output, string err) = Adamv.Run("check", "--counterexample", Example);
        Assert.True(code == 0, $"exit {code}: {output}{err}");
        string page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "instances.md"));
        const string Command = "$ adamv check --counterexample docs/examples/cauchy-sum-as-printed.json\n";
        int start = page.IndexOf(Command, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/instances.md does not show the example's check");
        start += Command.Length;
        string shown = page[start..page.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Equal(shown.ReplaceLineEndings("\n").TrimEnd(), output.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void The_same_case_meets_the_corrected_bound()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-example-").FullName;
        try
        {
            string corrected = Path.Combine(dir, "corrected.json");
            File.WriteAllText(corrected, File.ReadAllText(Example).Replace("\"constant-step-bound-as-printed\"", "\"constant-step-bound-corrected\"", StringComparison.Ordinal));
            (int code, string output, _) = Adamv.Run("check", "--counterexample", corrected);
            Assert.Equal(1, code);
            Assert.Contains("NO LONGER a counterexample (the conclusion holds)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
