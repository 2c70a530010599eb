using System.Text.RegularExpressions;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Docs;

/// <summary>
/// The README's theorist quickstart as a user runs it: the one-file conjecture docs/examples/quickstart-conjecture.cs,
/// shown in the README exactly, runs with <c>dotnet run FILE</c> (a .NET 10 file-based app referencing the Theory
/// project; instances serialise there although such apps switch reflection-based JSON off by default) and prints the
/// verdict Refuted with a shrunk counterexample of one gradient.
/// </summary>
public sealed partial class QuickstartConjectureTests
{
    private const string File = "docs/examples/quickstart-conjecture.cs";

    [Fact]
    public void The_readme_shows_exactly_the_quickstart_file()
    {
        string source = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, File)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Match block = QuickstartBlock().Match(System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.True(block.Success, "README.md has no ```csharp block after '### As a theorist'");
        Assert.Equal(source.TrimEnd(), block.Groups[1].Value.TrimEnd());
    }

    [Fact]
    [Trait(Traits.Category, Traits.Tool)]
    public void The_one_file_conjecture_runs_with_dotnet_run_and_is_refuted_with_a_shrunk_case()
    {
        (int code, string output, string error) = ChildProcess.Run("dotnet", ["run", File], RepositoryRoot.Path, new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",

            // No build server or node outlives the child, so its redirected output closes when it exits.
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        }, TimeSpan.FromMinutes(5));
        Assert.True(code == 0, $"dotnet run {File} exited {code}:\n{output}\n{error}");
        Assert.Contains("ratio-at-most-one: Refuted", output, StringComparison.Ordinal);
        Assert.Matches("\"Gradients\":\\[[^,\\]]+\\]", output);
    }

    [GeneratedRegex("### As a theorist.*?```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickstartBlock();
}
