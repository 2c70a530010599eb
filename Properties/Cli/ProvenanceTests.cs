using Adam.Verification.Cli.Reporting;

namespace Adam.Verification.Properties.Cli;

/// <summary>Provenance: the command line as a shell would replay it, the CSV columns, and report.json's wrapper.</summary>
public sealed class ProvenanceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void The_command_line_is_shell_quoted_and_the_date_is_utc()
    {
        Provenance p = Provenance.Of(["verify", "--report", "my report", "--claims", "it's,x"], Noon);
        Assert.Equal("adamv verify --report 'my report' --claims 'it'\\''s,x'", p.CommandLine);
        Assert.Equal("2026-12-02T11:00:00Z", p.DateText);
        Assert.Contains(RunPlatform.Current, p.Platform, StringComparison.Ordinal);
        Assert.Equal(p.Commit == "unknown" ? "unknown" : p.Commit[..12], p.ShortCommit);
    }

    [Fact]
    public void Csv_provenance_columns_are_appended_to_every_line_and_quoted_where_needed()
    {
        Provenance p = Provenance.Of(["rate", "--horizons", "10,20"], Noon) with { Seed = 7 };
        string[] lines = CsvFile.WithProvenance("a,b\n1,2\n3,4\n", p).TrimEnd('\n').Split('\n');
        Assert.Equal("a,b,adamv_version,commit,date,platform,command_line,seed", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",\"adamv rate --horizons 10,20\",7", l, StringComparison.Ordinal));
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void A_json_object_of_another_format_is_refused_by_the_report_reader()
    {
        string path = Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"format": "adamv-seed-sweep/1", "claims": []}""");
        FormatException e = Assert.Throws<FormatException>(() => VerifyJson.Read(path));
        Assert.Contains("format is 'adamv-seed-sweep/1'", e.Message, StringComparison.Ordinal);
        File.Delete(path);
    }
}
