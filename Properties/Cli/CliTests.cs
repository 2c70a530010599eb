using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Cli.Reporting;
using System.Text.Json.Nodes;
using System.Text.Json;
using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>adamv end to end: verdicts, JSON, exit codes and one-line errors.</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Adamv.Run(args);

    [Fact]
    public void Verify_quick_reports_the_expected_verdicts_exits_zero_and_writes_the_json()
    {
        // Cheap claims of both expected verdicts: every claim of the catalogue runs at quick in PlantedFaultRegistryTests
        // (with its planted faults), and CI runs `adamv verify --budget quick` on the whole catalogue.
        string[] ids = ["sign-ratio-bound", "sign-ratio-bound-tight", "constant-step-bound-as-printed", "sign-ratio-unbounded-without-hypothesis", "reddi-period3", "sgd-converges-on-reddi"];
        string path = Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}", "out.json");
        (int code, string output, _) = Run("verify", "--budget", "quick", "--claims", string.Join(",", ids), "--json", path);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"{ids.Length} of {ids.Length} verdicts as expected", output, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement[] claims = [.. doc.RootElement.EnumerateArray()];
        Assert.Equal(ids, claims.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(claims.Select(c => c.GetProperty("expectedVerdict").GetString()), claims.Select(c => c.GetProperty("verdict").GetString()));
        Assert.Equal(["Held", "Held", "Refuted", "Refuted", "Held", "Held"], claims.Select(c => c.GetProperty("verdict").GetString()));
        foreach (JsonElement c in claims)
        {
            foreach (string field in new[] { "citation", "statement", "expectedVerdict", "cases", "casesMeetingHypotheses", "seed", "counterexample", "seconds", "platform", "adamv" })
            {
                Assert.True(c.TryGetProperty(field, out _), $"missing {field}");
            }
        }

        Assert.Equal(JsonValueKind.Null, claims[0].GetProperty("counterexample").ValueKind);
        Assert.Equal(JsonValueKind.Object, claims.Single(c => c.GetProperty("id").GetString() == "sign-ratio-unbounded-without-hypothesis").GetProperty("counterexample").ValueKind);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Verify_with_a_seed_is_reproducible()
    {
        (_, string a, _) = Run("verify", "--claims", "sign-ratio-unbounded-without-hypothesis", "--seed", "12345");
        (_, string b, _) = Run("verify", "--claims", "sign-ratio-unbounded-without-hypothesis", "--seed", "12345");
        static string Strip(string s) => string.Join('\n', s.Split('\n').Where(l => !l.Contains("sign-ratio-unbounded-without-hypothesis  ", StringComparison.Ordinal)));
        Assert.Equal(Strip(a), Strip(b));
        Assert.Contains("counterexample to sign-ratio-unbounded-without-hypothesis", a, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verify --budget bogus", "bogus")]
    [InlineData("verify --frobnicate", "--frobnicate")]
    [InlineData("verify --claims nope", "unknown claim 'nope'")]
    [InlineData("verify --seed -3", "-3")]
    [InlineData("conquer", "conquer")]
    public void Bad_arguments_exit_2_with_one_line_naming_the_offending_value(string args, string mentioned)
    {
        (int code, string output, string error) = Run(args.Split(' '));
        Assert.Equal(ExitCodes.BadArguments, code);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("adamv: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mentioned, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_prints_every_claim_with_citation_and_statement()
    {
        (int code, string output, _) = Run("list");
        Assert.Equal(ExitCodes.Success, code);
        foreach (string id in Catalogue.All().Select(c => c.Id))
        {
            Assert.Contains(id, output, StringComparison.Ordinal);
        }

        Assert.Contains("citation:", output, StringComparison.Ordinal);
        Assert.Contains("arXiv 2507.05966", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_for_verify_shows_examples()
    {
        (int code, string output, _) = Run("verify", "--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Examples", output, StringComparison.Ordinal);
        Assert.Contains("--budget", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_prints_an_exponent_and_writes_the_samples()
    {
        string path = Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}.csv");
        (int code, string output, _) = Run("rate", "--family", "quadratic", "--horizons", "100,300,1000", "--replicates", "3", "--seed", "5", "--csv", path);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("exponent b = ", output, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal("horizon,replicate,metric,adamv_version,commit,date,platform,command_line,seed", lines[0]);
        Assert.Equal(1 + 9, lines.Length);

        // Every row names the commit, the seed and the command (quoted where it holds a comma or a space).
        string commit = RepositoryRoot.Commit;
        string command = Provenance.Of(["rate", "--family", "quadratic", "--horizons", "100,300,1000", "--replicates", "3", "--seed", "5", "--csv", path], DateTimeOffset.UtcNow).CommandLine;
        Assert.All(lines.Skip(1), l => Assert.Contains($",{commit},", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.EndsWith($",\"{command.Replace("\"", "\"\"", StringComparison.Ordinal)}\",5", l, StringComparison.Ordinal));
        File.Delete(path);
    }

    [Fact]
    public void Lipschitz_reports_K_hat_below_K_and_writes_the_samples()
    {
        string path = Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}.csv");
        (int code, string output, _) = Run("lipschitz", "--family", "F5", "--samples", "300", "--dimension", "4", "--csv", path);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("K̂/K = ", output, StringComparison.Ordinal);
        Assert.Equal(301, File.ReadAllLines(path).Length);
        File.Delete(path);
    }

    [Theory]
    [InlineData("rate --family F9", "F9")]
    [InlineData("rate --horizons 100", "at least two distinct")]
    [InlineData("rate --replicates 1", "--replicates")]
    [InlineData("rate --sigma -1", "--sigma")]
    [InlineData("rate --schedule cubic", "cubic")]
    [InlineData("lipschitz --samples 0", "--samples")]
    [InlineData("lipschitz --sampling-scale nan", "nan")]
    public void Rate_and_lipschitz_reject_bad_input_in_one_line(string args, string mentioned)
    {
        (int code, _, string error) = Run(args.Split(' '));
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(mentioned, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Phase_zhang_prints_the_boundary_and_writes_svg_and_csv()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}");
        (int code, string output, string error) = Run("phase", "--problem", "zhang", "--n", "10", "--grid", "4x4", "--out", dir);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("RECONSTRUCTION", output, StringComparison.Ordinal);
        string row = output.Split('\n').First(l => l.TrimStart().StartsWith("0.0 ", StringComparison.Ordinal));
        double beta2 = double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(beta2, 0.958 * 0.99, 0.958 * 1.01);
        foreach (string file in new[] { "zhang-n10.svg", "zhang-n10.csv", "zhang-n10-boundary.csv" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }

        // Each CSV has a sidecar naming the commit, the seed and the command, and saying what its columns mean.
        Assert.StartsWith("column,row,beta1,beta2,", File.ReadAllText(Path.Combine(dir, "zhang-n10.csv")), StringComparison.Ordinal);
        foreach (string csv in new[] { "zhang-n10.csv", "zhang-n10-boundary.csv" })
        {
            JsonNode sidecar = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, CsvSidecar.NameFor(csv))))!;
            Assert.Equal(CsvSidecar.Format, sidecar["format"]!.GetValue<string>());
            Assert.Equal(csv, sidecar["file"]!.GetValue<string>());
            Assert.Equal(RepositoryRoot.Commit, sidecar["provenance"]!["commit"]!.GetValue<string>());
            Assert.Equal(ClaimRunSettings.DefaultSeed, sidecar["provenance"]!["seed"]!.GetValue<ulong>());
            Assert.Equal(Provenance.Of(["phase", "--problem", "zhang", "--n", "10", "--grid", "4x4", "--out", dir], DateTimeOffset.UtcNow).CommandLine, sidecar["provenance"]!["commandLine"]!.GetValue<string>());
            string header = File.ReadLines(Path.Combine(dir, csv)).First();
            Assert.Equal(header.Split(','), sidecar["columns"]!.AsObject().Select(p => p.Key));
        }

        Assert.Equal("β1", JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "zhang-n10.csv.provenance.json")))!["columns"]!["beta1"]!.GetValue<string>());

        Directory.Delete(dir, recursive: true);
    }

    [Theory]
    [InlineData("phase", "--problem", "reddi", "--n", "5")]
    [InlineData("phase", "--problem", "zhang", "--grid", "0x4")]
    [InlineData("phase", "--problem", "rosenbrock")]
    [InlineData("phase", "--problem", "zhang", "--n", "1")]
    [InlineData("phase", "--problem", "zhang", "--c-max", "9")]
    [InlineData("phase")]
    [InlineData("phase", "--problem", "zhang", "--period", "3")]
    [InlineData("phase", "--problem", "reddi", "--period", "4")]
    public void Phase_rejects_bad_arguments_with_one_line(params string[] args)
    {
        (int code, _, string error) = Run(args);
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Phase_draws_theorem_1s_period_3_map_and_prints_its_boundary_for_every_tabled_C()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-reddi3-").FullName;
        (int code, string output, string error) = Run("phase", "--problem", "reddi", "--period", "3", "--grid", "6x6", "--out", dir);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("Theorem 1's problem: period 3", output, StringComparison.Ordinal);
        foreach (int c in new[] { 3, 4, 5, 6, 10, 20, 50 })
        {
            double star = Adam.Verification.Counterexamples.Phase.ReddiPhase.Threshold(Adam.Verification.Counterexamples.Phase.ReddiMap.PeriodThree, c)!.Value;
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {c,-5}  {star:0.000000}"), output, StringComparison.Ordinal);
        }

        Assert.Contains("β2 = 1/(1+C²) (Thm 1", File.ReadAllText(Path.Combine(dir, "reddi-period3.svg")), StringComparison.Ordinal);
        Assert.Equal(8, File.ReadAllLines(Path.Combine(dir, "reddi-period3-boundary.csv")).Length);
        Directory.Delete(dir, recursive: true);
    }
}
