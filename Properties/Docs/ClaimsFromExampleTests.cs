using Adam.Verification.Properties.Cli;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Docs;

/// <summary>
/// The README's example of a user's claims library, docs/examples/claims: <c>adamv verify --claims-from</c> builds the
/// project and runs its two conjectures beside the catalogue, each with its expected verdict.
/// </summary>
public sealed class ClaimsFromExampleTests
{
    [Fact]
    [Trait(Traits.Category, Traits.Tool)]
    public void The_example_claims_project_builds_and_its_conjectures_join_verify()
    {
        string project = Path.Combine(RepositoryRoot.Path, "docs", "examples", "claims", "ExampleClaims.csproj");
        (int code, string output, string error) = Adamv.Run("verify", "--claims-from", project, "--claims", "example-ratio-at-most-one,example-no-momentum-ratio-bound,sign-ratio-bound", "--budget", "quick", "--jobs", "1");
        Assert.True(code == 0, output + error);
        Assert.Matches(@"example-ratio-at-most-one\s+Refuted\s+Refuted", output);
        Assert.Matches(@"example-no-momentum-ratio-bound\s+Held\s+Held", output);
        Assert.Contains("3 of 3 verdicts as expected", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait(Traits.Category, Traits.Tool)]
    public void A_project_that_does_not_build_exits_2_with_the_first_compiler_error()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-broken-claims-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Broken.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="{Path.Combine(RepositoryRoot.Path, "Theory", "Adam.Verification.Theory.csproj")}" /></ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(dir, "Broken.cs"), "public static class Broken { public static int X => ; }");
            (int code, string output, string error) = Adamv.Run("list", "--claims-from", Path.Combine(dir, "Broken.csproj"));
            Assert.True(code == 2, output + error);
            string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("--claims-from: 'dotnet build", line, StringComparison.Ordinal);
            Assert.Contains("error CS", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
