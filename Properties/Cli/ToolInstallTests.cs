using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The README's implementer quickstart as a user runs it: <c>dotnet pack Cli</c> makes a .NET tool package, <c>dotnet
/// tool install --tool-path</c> installs it from that local package source, and the installed <c>adamv</c> writes a
/// battery and checks TorchSharp's Adam in process (the libstdc++ fix applied to the installed copy where needed).
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-tool-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [Trait(Traits.Category, Traits.Tool)]
    public void The_cli_packs_as_a_tool_installs_from_a_local_source_and_runs()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        string artifacts = Path.Combine(_dir, "artifacts"), tools = Path.Combine(_dir, "tools"), battery = Path.Combine(_dir, "battery.json");
        string cli = Path.Combine(RepositoryRoot.Path, "Cli", "Adam.Verification.Cli.csproj");

        // --no-build: the test run has built the CLI already (in this configuration).
        Run("dotnet", "pack", cli, "-c", configuration, "--no-build", "-o", artifacts);
        string package = Assert.Single(Directory.GetFiles(artifacts, "Adam.Verification.Cli.*.nupkg"));
        Run("dotnet", "tool", "install", "Adam.Verification.Cli", "--tool-path", tools, "--add-source", artifacts);

        string adamv = Path.Combine(tools, "adamv");
        Assert.Contains(Path.GetFileNameWithoutExtension(package)["Adam.Verification.Cli.".Length..], Run(adamv, "--version"), StringComparison.Ordinal);
        Assert.Contains("battery quick, 1 request(s)", Run(adamv, "fingerprint", "--battery", "quick", "--battery-out", battery), StringComparison.Ordinal);
        string conform = Run(adamv, "conform", "--torchsharp", "adam", "--request", battery);
        Assert.Contains("AGREES at every step", conform, StringComparison.Ordinal);
        Assert.Contains("answers its request", conform, StringComparison.Ordinal);
    }

    private string Run(string file, params string[] arguments)
    {
        (int code, string output, string error) = ChildProcess.Run(file, arguments, _dir, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_dir, "nuget"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, TimeSpan.FromMinutes(5));
        Assert.True(code == 0, $"{file} {string.Join(' ', arguments)} exited {code}:\n{output}\n{error}");
        return output;
    }
}
