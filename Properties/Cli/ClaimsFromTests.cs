using System.Text.Json;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Loading;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// <c>--claims-from</c>: a user's assembly (here, this test assembly with <see cref="LoadableClaims"/>) joins the
/// catalogue of verify, list, check and search, with replay lines that load it again; bad sources exit 2 naming the option.
/// </summary>
public sealed class ClaimsFromTests
{
    private static readonly string Assembly = typeof(LoadableClaims).Assembly.Location;

    [Fact]
    public void Discovery_finds_static_properties_and_methods_returning_claims_in_a_stable_order()
    {
        ClaimSource source = ClaimAssembly.Load(Assembly, "--claims-from");
        Assert.Equal(["fixture-sum-at-most-fifty", "fixture-observable-throws", "fixture-sum-at-most-hundred", "fixture-product-at-most-sum-squared", "fixture-mistaken-expectation"], source.Ids);

        // Fresh instances each time, from the loaded copy of the assembly (a separate load context).
        Assert.NotSame(source.Claims()[0], source.Claims()[0]);
        Assert.NotEqual(typeof(LoadableClaims).Assembly, source.Claims()[0].GetType().GenericTypeArguments[0].Assembly);
    }

    [Fact]
    public void Verify_runs_the_loaded_claims_beside_the_catalogue_and_its_replay_lines_load_them_again()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-claims-from-").FullName;
        try
        {
            string json = Path.Combine(dir, "out.json");
            (int code, string output, string err) = Adamv.Run("verify", "--claims-from", Assembly, "--claims", "fixture-sum-at-most-fifty,fixture-sum-at-most-hundred,sign-ratio-bound", "--budget", "quick", "--json", json, "--jobs", "1");
            Assert.True(code == 0, output + err);
            Assert.Contains("fixture-sum-at-most-fifty", output, StringComparison.Ordinal);
            Assert.Contains("counterexample to fixture-sum-at-most-fifty", output, StringComparison.Ordinal);
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(json));
            JsonElement[] entries = [.. doc.RootElement.EnumerateArray()];
            Assert.Equal(["fixture-sum-at-most-fifty", "fixture-sum-at-most-hundred", "sign-ratio-bound"], entries.Select(e => e.GetProperty("id").GetString()));
            Assert.Equal("Refuted", entries[0].GetProperty("verdict").GetString());
            Assert.Equal("Held", entries[1].GetProperty("verdict").GetString());

            // The counterexample replays through check, with the same source loaded; without it, the id is unknown.
            (int checkCode, string checkOut, string checkErr) = Adamv.Run("check", "--counterexample", json, "--claims-from", Assembly);
            Assert.True(checkCode == 0, checkOut + checkErr);
            Assert.Contains("fixture-sum-at-most-fifty", checkOut, StringComparison.Ordinal);
            (int unknownCode, _, string unknownErr) = Adamv.Run("check", "--counterexample", json);
            Assert.Equal(2, unknownCode);
            Assert.Contains("unknown claim 'fixture-sum-at-most-fifty'", unknownErr, StringComparison.Ordinal);

            // A report's replay line loads the source again.
            string report = Path.Combine(dir, "report");
            (int reportCode, string reportOut, string reportErr) = Adamv.Run("verify", "--claims-from", Assembly, "--claims", "fixture-sum-at-most-hundred", "--budget", "quick", "--report", report, "--jobs", "1");
            Assert.True(reportCode == 0, reportOut + reportErr);
            Assert.Contains($"--claims-from {Assembly} --claims fixture-sum-at-most-hundred", File.ReadAllText(Path.Combine(report, "report.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_unexpected_verdict_of_a_loaded_claim_exits_1_with_a_replay_line_that_loads_its_source()
    {
        (int code, string output, string err) = Adamv.Run("verify", "--claims-from", Assembly, "--claims", "fixture-mistaken-expectation", "--budget", "quick", "--seed", "5", "--jobs", "1");
        Assert.True(code == 1, output + err);
        Assert.Contains($"replay: adamv verify --claims fixture-mistaken-expectation --budget quick --seed 5 --claims-from {Assembly}", output, StringComparison.Ordinal);

        // In a seed sweep, each flipped seed's replay line loads it too.
        (int sweep, string sweepOut, string sweepErr) = Adamv.Run("verify", "--claims-from", Assembly, "--claims", "fixture-mistaken-expectation", "--budget", "quick", "--seeds", "2", "--jobs", "1");
        Assert.True(sweep == 1, sweepOut + sweepErr);
        Assert.Contains($"--claims-from {Assembly}", sweepOut.Split('\n').First(l => l.Contains("seed ", StringComparison.Ordinal) && l.Contains("replay:", StringComparison.Ordinal)), StringComparison.Ordinal);

        // Without the option the id is unknown.
        (int without, _, string error) = Adamv.Run("verify", "--claims", "fixture-mistaken-expectation", "--budget", "quick");
        Assert.Equal(2, without);
        Assert.Contains("unknown claim 'fixture-mistaken-expectation'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_of_a_run_with_loaded_claims_merge_when_merge_loads_them_too()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-claims-from-merge-").FullName;
        try
        {
            string[] shards = [Path.Combine(dir, "1.json"), Path.Combine(dir, "2.json")];
            for (int i = 0; i < 2; i++)
            {
                (int code, string output, string err) = Adamv.Run("verify", "--claims-from", Assembly, "--claims", "fixture-sum-at-most-fifty,fixture-sum-at-most-hundred", "--budget", "quick", "--shard", $"{i + 1}/2", "--json", shards[i], "--jobs", "1");
                Assert.True(code == 0, output + err);
            }

            (int merged, string mergeOut, string mergeErr) = Adamv.Run("merge", "--claims-from", Assembly, "--out", Path.Combine(dir, "report"), shards[0], shards[1]);
            Assert.True(merged == 0, mergeOut + mergeErr);
            Assert.Contains("fixture-sum-at-most-fifty", File.ReadAllText(Path.Combine(dir, "report", "report.md")), StringComparison.Ordinal);
            (int without, _, string error) = Adamv.Run("merge", "--out", Path.Combine(dir, "report2"), shards[0], shards[1]);
            Assert.Equal(2, without);
            Assert.Contains("fixture-sum-at-most-fifty", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void List_and_search_see_the_loaded_claims()
    {
        (int code, string output, _) = Adamv.Run("list", "--claims-from", Assembly);
        Assert.Equal(0, code);
        Assert.Contains("fixture-sum-at-most-fifty  [expected: Refuted]", output, StringComparison.Ordinal);
        Assert.Contains("sign-ratio-bound  [expected: Held]", output, StringComparison.Ordinal);

        // A conjecture without mutation operators cannot be searched, and search says so by id.
        (int searchCode, _, string searchErr) = Adamv.Run("search", "--claim", "fixture-sum-at-most-fifty", "--claims-from", Assembly, "--evaluations", "10");
        Assert.Equal(2, searchCode);
        Assert.Contains("claim 'fixture-sum-at-most-fifty' defines no mutation", searchErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_path_is_printed_in_full_so_that_replay_lines_work_from_anywhere()
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Assembly);
        Assert.NotEqual(Assembly, relative);
        (int code, string output, string err) = Adamv.Run("verify", "--claims-from", relative, "--claims", "fixture-mistaken-expectation", "--budget", "quick", "--seed", "5", "--jobs", "1");
        Assert.True(code == 1, output + err);
        Assert.Contains($"--seed 5 --claims-from {Assembly}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loaded_claim_whose_code_throws_exits_2_naming_its_code()
    {
        (int code, string output, string err) = Adamv.Run("verify", "--claims-from", Assembly, "--claims", "fixture-observable-throws", "--budget", "quick", "--jobs", "1");
        Assert.True(code == 2, output + err);
        string line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("adamv: --claims-from: a loaded claim's code threw InvalidOperationException in Adam.Verification.Properties.Cli.LoadableClaims", line, StringComparison.Ordinal);
        Assert.Contains("the fixture's observable refuses A =", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_throws_returns_null_or_a_bad_id_is_named_in_one_line()
    {
        var throws = new ClaimMember("--claims-from X: T.M", () => throw new System.Reflection.TargetInvocationException(new TypeInitializationException("T", new InvalidOperationException("boom"))));
        Assert.Equal("--claims-from X: T.M threw InvalidOperationException: boom", Assert.Throws<ArgumentException>(() => throws.Make()).Message);
        var nothing = new ClaimMember("--claims-from X: T.M", () => null);
        Assert.Equal("--claims-from X: T.M returned null instead of a claim.", Assert.Throws<ArgumentException>(() => nothing.Make()).Message);
        IClaim badId = LoadableClaims.SumAtMostFifty is var c ? new RenamedClaim(c, "Not Kebab") : null!;
        var bad = new ClaimMember("--claims-from X: T.M", () => badId);
        Assert.StartsWith("--claims-from X: T.M: claim id 'Not Kebab' is not kebab-case", Assert.Throws<ArgumentException>(() => bad.Make()).Message, StringComparison.Ordinal);
        IEnumerable<IClaim> Lazy()
        {
            yield return LoadableClaims.SumAtMostFifty;
            throw new InvalidOperationException("lazy failure");
        }

        var lazy = new ClaimMember("--claims-from X: T.L", Lazy);
        Assert.Equal("--claims-from X: T.L threw InvalidOperationException: lazy failure", Assert.Throws<ArgumentException>(() => lazy.Make()).Message);
    }

    /// <summary>A claim under another id.</summary>
    private sealed class RenamedClaim(IClaim inner, string id) : IClaim
    {
        public ClaimDefinition Definition { get; } = inner.Definition with { Id = id };

        public IReadOnlyList<PlantedFault> PlantedFaults => inner.PlantedFaults;

        public ClaimResult Check(ClaimRunSettings settings) => inner.Check(settings);
    }

    [Theory]
    [InlineData("missing.dll", "does not exist")]
    [InlineData("README.md", "is neither an assembly (.dll) nor a project (.csproj)")]
    public void A_bad_source_exits_2_naming_the_option(string name, string message)
    {
        string path = name == "README.md" ? Path.Combine(RepositoryRoot.Path, name) : Path.Combine(Path.GetTempPath(), "adamv-no-such-dir", name);
        (int code, string output, string err) = Adamv.Run("verify", "--claims-from", path, "--budget", "quick");
        Assert.Equal(2, code);
        Assert.Empty(output);
        string line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--claims-from", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_claims_and_a_reused_id_are_refused()
    {
        string noClaims = typeof(FsCheck.Arbitrary<int>).Assembly.Location;
        (int code, _, string err) = Adamv.Run("list", "--claims-from", noClaims);
        Assert.Equal(2, code);
        Assert.Contains("holds no claims", err, StringComparison.Ordinal);

        (int twice, _, string twiceErr) = Adamv.Run("list", "--claims-from", Assembly, "--claims-from", Assembly);
        Assert.Equal(2, twice);
        Assert.Contains("claim id 'fixture-sum-at-most-fifty' is already taken", twiceErr, StringComparison.Ordinal);
    }
}
