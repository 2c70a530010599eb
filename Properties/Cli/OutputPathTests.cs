using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// Output paths a user may legitimately give: a name starting with '.', and a symbolic link to a previous report (the
/// report behind the link is replaced in whole and the link is kept).
/// </summary>
public sealed class OutputPathTests
{
    [Fact]
    public void A_file_name_starting_with_a_dot_is_the_users_choice()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-dot-").FullName;
        string hidden = Path.Combine(dir, ".hidden.json");
        (int code, _, string error) = Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--json", hidden);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("\"id\": \"sign-ratio-bound-tight\"", File.ReadAllText(hidden), StringComparison.Ordinal);
        Assert.Equal([".hidden.json"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void A_link_to_a_previous_report_is_written_through_and_kept()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-link-").FullName;
        string report = Path.Combine(dir, "report"), link = Path.Combine(dir, "latest");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--seed", "1", "--report", report).Code);
        File.CreateSymbolicLink(link, report);
        (int code, _, string error) = Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--seed", "2", "--report", link);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(report, new FileInfo(link).LinkTarget);
        Assert.Contains("\"seed\": 2", File.ReadAllText(Path.Combine(report, "report.json")), StringComparison.Ordinal);
        Assert.Equal(["latest", "report"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Directory.Delete(dir, recursive: true);
    }
}
