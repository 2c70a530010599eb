using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Adam.Verification.Cli;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Cli;

/// <summary>verify --report, sharding and merge, check and search, and the page in a real browser.</summary>
public sealed class ReportTests
{
    private const string Subset = "sign-ratio-bound-tight,sign-ratio-unbounded-without-hypothesis,reddi-period3";

    private static (int Code, string Out, string Err) Run(params string[] args) => Adamv.Run(args);

    private static string TempDir() => Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}");

    [Fact]
    public void The_report_is_well_formed_html_with_figures_counterexamples_markdown_and_json()
    {
        string dir = TempDir();
        (int code, _, string err) = Run("verify", "--budget", "quick", "--claims", Subset, "--report", dir);
        Assert.True(code == ExitCodes.Success, err);
        string html = File.ReadAllText(Path.Combine(dir, "index.html"));
        XDocument page = XDocument.Parse(html);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(4, page.Descendants(x + "tr").Count());

        // Only the figure of the claims selected (reddi-period3's map), and a replay line that keeps --claims.
        Assert.Single(page.Descendants(svg + "svg"));
        Assert.DoesNotContain("RECONSTRUCTION", html, StringComparison.Ordinal);
        Assert.Contains($"Replay: <code>adamv verify --budget quick --seed {ClaimRunSettings.DefaultSeed} --claims {Subset}</code>", html, StringComparison.Ordinal);

        // Provenance: the page, report.md and report.json name the commit, the date, the platform and the command.
        string commit = RepositoryRoot.Commit;
        XElement provenance = page.Descendants(x + "p").Single(p => (string?)p.Attribute("id") == "provenance");
        Assert.Contains($"(commit {commit})", provenance.Value, StringComparison.Ordinal);
        Assert.Contains($"with {Provenance.Of(["verify", "--budget", "quick", "--claims", Subset, "--report", dir], DateTimeOffset.UtcNow).CommandLine}.", provenance.Value, StringComparison.Ordinal);
        Assert.Contains(RunPlatform.Current, provenance.Value, StringComparison.Ordinal);
        Assert.Contains($"(commit `{commit}`)", File.ReadAllText(Path.Combine(dir, "report.md")), StringComparison.Ordinal);
        JsonNode json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "report.json")))!;
        Assert.Equal(VerifyJson.ReportFormat, json["format"]!.GetValue<string>());
        Assert.Equal(commit, json["provenance"]!["commit"]!.GetValue<string>());
        Assert.True(DateTimeOffset.UtcNow - DateTimeOffset.Parse(json["provenance"]!["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.FromHours(1));
        foreach (string f in Directory.GetFiles(Path.Combine(dir, "figures")))
        {
            _ = XDocument.Parse(File.ReadAllText(f));
        }

        Assert.Equal(["reddi.svg"], Directory.GetFiles(Path.Combine(dir, "figures")).Select(Path.GetFileName));

        string counterexample = Path.Combine(dir, "counterexamples", "sign-ratio-unbounded-without-hypothesis.json");
        Assert.True(File.Exists(counterexample));
        Assert.Equal(ExitCodes.Success, Run("check", "--counterexample", counterexample).Code);
        Assert.Contains("| `reddi-period3` | analytic | Held | Held |", File.ReadAllText(Path.Combine(dir, "report.md")), StringComparison.Ordinal);
        IReadOnlyList<ClaimResult> read = VerifyJson.Read(Path.Combine(dir, "report.json")).Results;
        Assert.Equal(3, read.Count);
        Assert.All(read, r => Assert.Equal(Catalogue.Get(r.Id, "test").Definition.Variant, r.Variant));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Each_figure_belongs_to_catalogue_claims_and_all_four_render()
    {
        // The names a previous report may hold in figures/ (anything else there is a user's file) are the names written.
        Assert.Equal(ReportFigures.Names.Order(StringComparer.Ordinal), ReportFigures.ClaimsOf.Keys.Order(StringComparer.Ordinal));
        Assert.All(ReportFigures.ClaimsOf.Values.SelectMany(v => v).Where(id => id != "constant-step-beats-schedulers"), id => Catalogue.Get(id, "ReportFigures.ClaimsOf"));
        Assert.Equal(ReportFigures.Names, ReportFigures.For(Catalogue.All().Select(c => c.Id)));
        Assert.Empty(ReportFigures.For(["sign-ratio-bound", "sgd-noise-floor"]));
        Assert.Equal(["zhang-n10", "experiment-schedulers"], ReportFigures.For(["constant-step-beats-schedulers", "zhang-divergence-region"]));

        IReadOnlyList<ReportFigure> all = ReportFigures.Compute(BudgetLevel.Quick, ClaimRunSettings.DefaultSeed, Catalogue.All().Select(c => c.Id));
        Assert.Equal(ReportFigures.Names, all.Select(f => f.Name));
        Assert.All(all, f => Assert.Equal("svg", XDocument.Parse(f.Svg).Root!.Name.LocalName));
        Assert.Contains("RECONSTRUCTION", all[0].Caption, StringComparison.Ordinal);
        Assert.Contains("α_ours against the seven schedulers", all[3].Title, StringComparison.Ordinal);

        string html = HtmlReport.Render(new VerifyReport(BudgetLevel.Quick, 1, [], []));
        Assert.Contains(ReportFigures.NoneText, html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_replay_line_is_one_function_of_the_claims_and_the_observable_is_not_rounded_to_1()
    {
        Assert.Equal(string.Empty, VerifyReport.SelectionFor(Catalogue.All().Select(c => c.Id).Reverse()));
        Assert.Equal(" --objectives analytic", VerifyReport.SelectionFor(Catalogue.All(ObjectiveSelection.Analytic).Select(c => c.Id)));
        Assert.Equal(" --objectives networks", VerifyReport.SelectionFor(Catalogue.All(ObjectiveSelection.Networks).Select(c => c.Id)));
        Assert.Equal(" --claims " + Subset, VerifyReport.SelectionFor(Subset.Split(',').Reverse()));
        var report = new VerifyReport(BudgetLevel.Standard, 9, [], []) { Selection = VerifyReport.SelectionFor(["reddi-period3"]), SweepRunSeed = 4 };
        Assert.Equal("adamv verify --budget standard --seed 9 --claims reddi-period3", report.Replay);
        Assert.Equal("adamv verify --budget standard --seeds 5 --seed 4 --claims reddi-period3", report.SweepReplay(5));

        Assert.Equal("1.0000000000000002", ObservableText.Format(1.0000000000000002));
        Assert.Equal("1", ObservableText.Format(1));
        Assert.Equal("0.334804", ObservableText.Format(0.3348035393963722));
        Assert.Equal("—", ObservableText.Format(null));
    }

    [Fact]
    public void A_seed_sweep_prints_its_table_and_carries_it_into_the_json_and_the_report()
    {
        string dir = TempDir();
        string json = Path.Combine(dir, "sweep-out.json");
        (int code, string output, string err) = Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight,reddi-period3", "--seeds", "3", "--seed", "11", "--json", json, "--report", Path.Combine(dir, "report"));
        Assert.True(code == ExitCodes.Success, err);
        Assert.Contains("0 flips over 3 seeds × 2 claims", output, StringComparison.Ordinal);
        JsonNode sweep = JsonNode.Parse(File.ReadAllText(json))!;
        Assert.Equal("adamv-seed-sweep/1", sweep["format"]!.GetValue<string>());
        Assert.Equal(SeedSweep.Seeds(11, 3), sweep["seeds"]!.AsArray().Select(n => n!.GetValue<ulong>()));
        Assert.All(sweep["claims"]!.AsArray(), c => Assert.Equal(3, c!["results"]!.AsArray().Count));
        Assert.Contains("Stability over seeds", File.ReadAllText(Path.Combine(dir, "report", "index.html")), StringComparison.Ordinal);
        Assert.Equal(sweep.ToJsonString(), JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "report", "sweep.json")))!.ToJsonString());
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void A_seed_whose_verdict_differs_is_listed_as_a_flip_with_its_replay_line()
    {
        ClaimResult At(ulong seed, Verdict verdict) => new("some-claim", "c", "s", verdict, Verdict.Held, 10, 10, seed, null, 0.1, null, "e");
        var sweep = new SeedSweep("some-claim", Verdict.Held, [At(1, Verdict.Held), At(2, Verdict.Inconclusive), At(3, Verdict.Held)]);
        Assert.Equal([2UL], sweep.Flips.Select(r => r.Seed));
        var text = new StringWriter();
        StabilityTable.Write(text, [sweep], BudgetLevel.Quick, 5, 3);
        Assert.Contains("seed 2: Inconclusive; replay: adamv verify --claims some-claim --budget quick --seed 2", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 flips over 3 seeds × 1 claims", text.ToString(), StringComparison.Ordinal);
        Assert.Single(VerifyJson.BuildSweep([sweep], BudgetLevel.Quick, 5, null)["claims"]![0]!["flips"]!.AsArray());
    }

    [Fact]
    public void An_interrupted_write_leaves_the_previous_report_intact()
    {
        string dir = TempDir();
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "index.html"), "previous");
        var broken = new VerifyReport(BudgetLevel.Quick, 1, [], [new ReportFigure("bad\0name", "t", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "c")]);
        Assert.ThrowsAny<ArgumentException>(() => ReportWriter.Write(dir, broken));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(dir, "index.html")));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Merged_shards_give_the_same_report_as_one_run()
    {
        string single = TempDir(), merged = TempDir(), shards = TempDir();
        Directory.CreateDirectory(shards);
        Assert.Equal(ExitCodes.Success, Run("verify", "--budget", "quick", "--claims", Subset, "--report", single).Code);
        string s1 = Path.Combine(shards, "s1.json"), s2 = Path.Combine(shards, "s2.json");
        Assert.Equal(ExitCodes.Success, Run("verify", "--budget", "quick", "--claims", Subset, "--shard", "1/2", "--json", s1).Code);
        Assert.Equal(ExitCodes.Success, Run("verify", "--budget", "quick", "--claims", Subset, "--shard", "2/2", "--json", s2).Code);
        Assert.Equal(2, VerifyJson.Read(s1).Results.Count);
        (int code, string output, string err) = Run("merge", "--out", merged, s1, s2);
        Assert.True(code == ExitCodes.Success, err + output);
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "index.html")), ReportPages.Comparable(Path.Combine(merged, "index.html")));
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "report.md")), ReportPages.Comparable(Path.Combine(merged, "report.md")));
        Assert.Equal([RunPlatform.Current], VerifyJson.Read(s1).Platforms);
        Assert.DoesNotContain("platforms", output, StringComparison.Ordinal);

        // A shard from another platform merges with a note that bit-identity needs the same arithmetic.
        string elsewhere = Path.Combine(shards, "elsewhere.json");
        JsonArray entries = (JsonArray)JsonNode.Parse(File.ReadAllText(s2))!;
        foreach (JsonNode? entry in entries)
        {
            entry!["platform"] = "Arm64, Vector 128-bit, GEMM managed";
        }

        File.WriteAllText(elsewhere, entries.ToJsonString());
        (int mixed, string note, _) = Run("merge", "--out", merged, s1, elsewhere);
        Assert.Equal(ExitCodes.Success, mixed);
        Assert.Contains("note: the shards ran on 2 platforms (Arm64, Vector 128-bit, GEMM managed; ", note, StringComparison.Ordinal);

        // A shard listed twice, a shard of another seed, and a bad --shard are one-line errors.
        Assert.Equal(ExitCodes.BadArguments, Run("merge", "--out", merged, s1, s1).Code);
        string other = Path.Combine(shards, "other.json");
        Assert.Equal(ExitCodes.Success, Run("verify", "--budget", "quick", "--claims", "reddi-any-beta", "--seed", "5", "--json", other).Code);
        Assert.Equal(ExitCodes.BadArguments, Run("merge", "--out", merged, s1, other).Code);
        Assert.Equal(ExitCodes.BadArguments, Run("verify", "--shard", "3/2").Code);
        Assert.Equal(ExitCodes.BadArguments, Run("verify", "--shard", "1/2", "--report", merged).Code);
        foreach (string d in new[] { single, merged, shards })
        {
            Directory.Delete(d, recursive: true);
        }
    }

    [Fact]
    public void Shards_sliced_by_cases_merge_into_the_single_run_report()
    {
        string single = TempDir(), merged = TempDir(), shards = TempDir();
        Directory.CreateDirectory(shards);
        Assert.Equal(ExitCodes.Success, Run("verify", "--budget", "quick", "--claims", Subset, "--report", single).Code);
        string[] files = [.. Enumerable.Range(1, 3).Select(i => Path.Combine(shards, $"s{i}.json"))];
        for (int i = 0; i < 3; i++)
        {
            (int code, string output, string err) = Run("verify", "--budget", "quick", "--claims", Subset, "--shard", $"{i + 1}/3", "--by", "cases", "--json", files[i]);
            Assert.True(code == ExitCodes.Success, err + output);
            Assert.Contains($"sign-ratio-bound-tight: cases k ≡ {i} mod 3", output, StringComparison.Ordinal);
        }

        Assert.Equal(3, VerifyJson.Read(files[0]).Slices.Count);
        (int merge, string text, string error) = Run(["merge", "--out", merged, .. files]);
        Assert.True(merge == ExitCodes.Success, error + text);
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "index.html")), ReportPages.Comparable(Path.Combine(merged, "index.html")));
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "report.md")), ReportPages.Comparable(Path.Combine(merged, "report.md")));

        // A missing slice, a slice twice, --by without --shard, and case slices without --json are one-line errors.
        (int missing, _, string why) = Run("merge", "--out", merged, files[0], files[1]);
        Assert.Equal(ExitCodes.BadArguments, missing);
        Assert.Contains("missing shards: 3/3", why, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadArguments, Run("merge", "--out", merged, files[0], files[1], files[1]).Code);
        Assert.Equal(ExitCodes.BadArguments, Run("verify", "--by", "cases").Code);
        Assert.Equal(ExitCodes.BadArguments, Run("verify", "--claims", Subset, "--shard", "1/2", "--by", "cases").Code);
        foreach (string d in new[] { single, merged, shards })
        {
            Directory.Delete(d, recursive: true);
        }
    }

    [Fact]
    public void Search_saves_a_case_that_check_replays_and_rejects_what_it_cannot_search()
    {
        string dir = TempDir();
        string found = Path.Combine(dir, "found.json"), pushed = Path.Combine(dir, "pushed.json");
        (int code, string output, _) = Run("search", "--claim", "constant-step-bound-as-printed", "--evaluations", "400", "--counterexample-out", found);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("targeted", output, StringComparison.Ordinal);
        Assert.Contains("random", output, StringComparison.Ordinal);
        Assert.Contains("gains by operator: ", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, Run("check", "--counterexample", found).Code);

        // The best case of a claim that holds is not a counterexample: check says so with exit 1.
        Assert.Equal(ExitCodes.Success, Run("search", "--claim", "sign-ratio-bound", "--push", "--evaluations", "300", "--counterexample-out", pushed).Code);
        (int again, string text, _) = Run("check", "--counterexample", pushed);
        Assert.Equal(ExitCodes.Unexpected, again);
        Assert.Contains("NO LONGER", text, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadArguments, Run("search", "--claim", "reddi-period3").Code);
        Assert.Equal(ExitCodes.BadArguments, Run("search", "--claim", "sign-ratio-bound", "--evaluations", "0").Code);
        Assert.Equal(ExitCodes.BadArguments, Run("search", "--claim", "sign-ratio-bound", "--starts", "0").Code);
        File.WriteAllText(Path.Combine(dir, "bad.json"), "{\"claim\":\"sign-ratio-bound\",\"instance\":{\"Beta1\":\"x\"}}");
        (int bad, _, string err) = Run("check", "--counterexample", Path.Combine(dir, "bad.json"));
        Assert.Equal(ExitCodes.BadArguments, bad);
        Assert.Contains("malformed", err, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [BrowserFact]
    [Trait(Traits.Category, Traits.Browser)]
    public void A_headless_chromium_screenshot_of_the_report_is_taken()
    {
        Assert.True(Chromium.Path is not null, "CI=true but Chromium is not installed: .ci/run installs Debian's chromium.");
        string dir = TempDir();
        Assert.Equal(ExitCodes.Success, Run("verify", "--budget", "quick", "--claims", Subset, "--report", dir).Code);
        string png = Path.Combine(dir, "screenshot.png");
        var start = new ProcessStartInfo(Chromium.Path!)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,2400", $"--screenshot={png}", "file://" + Path.Combine(dir, "index.html") },
            RedirectStandardError = true,
        };
        using Process chromium = Process.Start(start)!;
        string log = chromium.StandardError.ReadToEnd();
        Assert.True(chromium.WaitForExit(120_000), "chromium did not finish within 120 s");
        Assert.True(File.Exists(png), "no screenshot: " + log);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, $"the screenshot is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

        // The README's picture of the report is this screenshot: ADAMV_SCREENSHOT_OUT=docs/images/report.png refreshes it.
        if (Environment.GetEnvironmentVariable("ADAMV_SCREENSHOT_OUT") is { Length: > 0 } keep)
        {
            File.Copy(png, keep, overwrite: true);
        }

        Directory.Delete(dir, recursive: true);
    }
}
