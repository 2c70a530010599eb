using System.Text.Json.Nodes;
using Adam.Verification.Cli;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The catalogue of bad inputs: each case builds its inputs in a fresh workspace, runs adamv, and asserts exit 2, one
/// line on stderr naming the file, field or option, nothing written (no file outside the inputs, no output directory,
/// no temporary left behind).
/// </summary>
public sealed class BadInputCatalogueTests
{
    internal const string GoodExperimentTrace = """{"format":"adamv-experiment-trace/1","experiment":"rho","scale":"ci","question":"q","implementation":"torch","device":"cpu","elapsed_s":1,"arms":[{"label":"a","schedule":"s","is_alpha_ours":true,"k_hat":1,"k_hat_samples":[1],"initial_loss":2.3,"alpha_ours":0.1,"sampling_scale":1,"unconverged":0,"epochs":[{"epoch":0,"loss":2.3,"grad_norm":0.1,"test_accuracy":0.1,"alpha":0}]},{"label":"b","schedule":"s","is_alpha_ours":false,"k_hat":1,"k_hat_samples":[1],"initial_loss":2.3,"alpha_ours":0.1,"sampling_scale":1,"unconverged":0,"epochs":[{"epoch":0,"loss":2.3,"grad_norm":0.1,"test_accuracy":0.1,"alpha":0}]}]}""";

    private static readonly Dictionary<string, (Func<string, string[]> Setup, string Expect)> Cases = new(StringComparer.Ordinal)
    {
        ["experiment trace names a path outside --out"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["experiment"] = "../escaped"), "--out", Out(w)], "experiment is '../escaped'"),
        ["experiment trace names an absolute path"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["experiment"] = Path.Combine(w, "abs")), "--out", Out(w)], "experiment is '/"),
        ["experiment trace without arms"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"] = new JsonArray()), "--out", Out(w)], "'arms' is empty"),
        ["experiment trace with elapsed_s 1e300"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["elapsed_s"] = 1e300), "--out", Out(w)], "elapsed_s is 1E+300"),
        ["experiment trace with negative elapsed_s"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["elapsed_s"] = -1), "--out", Out(w)], "elapsed_s is -1"),
        ["experiment trace with no α_ours arm"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["is_alpha_ours"] = false), "--out", Out(w)], "no arm is flagged is_alpha_ours"),
        ["experiment trace with empty k_hat_samples"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["k_hat_samples"] = new JsonArray()), "--out", Out(w)], "arms[1]: 'k_hat_samples' is empty"),
        ["experiment trace with ragged arms"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["epochs"]!.AsArray().Add(JsonNode.Parse("""{"epoch":1,"loss":2.3,"grad_norm":0.1,"test_accuracy":0.1,"alpha":0}"""))), "--out", Out(w)], "arms[1]: 2 epoch records where arms[0] has 1"),
        ["experiment named twice"] = (w => ["experiment", "schedulers", "--from-trace", Experiment(w, _ => { }), "--out", Out(w)], "the experiment is named twice"),
        ["experiment trace with a duplicate key"] = (w => ["experiment", "--from-trace", Write(w, "dup.json", GoodExperimentTrace.Replace("\"scale\":\"ci\"", "\"scale\":\"ci\",\"scale\":\"paper\"", StringComparison.Ordinal)), "--out", Out(w)], "dup.json: not JSON"),
        ["check: claim 'a,b'"] = (w => ["check", "--counterexample", Counterexample(w, c => c["claim"] = "a,b")], ": claim: unknown claim 'a,b'"),
        ["check: claim ','"] = (w => ["check", "--counterexample", Counterexample(w, c => c["claim"] = ",")], ": claim: unknown claim ','"),
        ["check: a constant-step instance under sign-ratio-bound"] = (w => ["check", "--counterexample", ConstantStepUnder(w, "sign-ratio-bound")], "the instance for 'sign-ratio-bound' is malformed"),
        ["check: an instance missing a field"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!.AsObject().Remove("Gradients"))], "the instance for 'sign-ratio-unbounded-without-hypothesis' is malformed"),
        ["merge: counterexample without caseSeed"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!.AsObject().Remove("caseSeed"))], "[0].counterexample.caseSeed is missing"),
        ["merge: caseSeed 'abc'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!["caseSeed"] = "abc")], "[0].counterexample.caseSeed is missing or not a number"),
        ["merge: instance null"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!["instance"] = null)], "[0].counterexample.instance is missing"),
        ["merge: verdict '7'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["verdict"] = "7")], "[0].verdict is '7'"),
        ["merge: budget '5'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["budget"] = "5")], "[0].budget is '5'"),
        ["merge: one of two shards"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["shard"] = "1/2")], "missing shards: 2/2"),
        ["merge: an interrupted run"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["incomplete"] = true)], "[0].incomplete is true"),
        ["phase --merge: a cell outside the grid"] = (w => ["phase", "--merge", PhaseShard(w, s => s["cells"]![0]!["column"] = 99), "--out", Out(w)], "(column 99, row 0) lies outside the 4x4 grid"),
        ["phase --merge: a Zhang shard relabelled Reddi"] = (w => ["phase", "--merge", PhaseShard(w, s => { s["problem"] = "reddi"; s["c_max"] = 50; s.Remove("n"); }), "--out", Out(w)], "is not where a reddi grid puts"),
        ["phase --merge: verdict as a number"] = (w => ["phase", "--merge", PhaseShard(w, s => s["cells"]![0]!["verdict"] = "1"), "--out", Out(w)], "cells[0].verdict is '1'"),
        ["fingerprint: β1 = 1"] = (w => ["fingerprint", "--trace", Trace(w, t => t["hyperparameters"]!["beta1"] = 1)], "hyperparameters.beta1 is 1, expected a value in [0, 1)"),
        ["conform: β1 = 1"] = (w => ["conform", "--trace", Trace(w, t => t["hyperparameters"]!["beta1"] = 1)], "hyperparameters.beta1 is 1, expected a value in [0, 1)"),
        ["conform: dtype 'bogus'"] = (w => ["conform", "--trace", Trace(w, t => t["dtype"] = "bogus")], "dtype is 'bogus'"),
        ["conform: initial []"] = (w => ["conform", "--trace", Trace(w, t => t["initial"] = new JsonArray())], "initial is empty"),
        ["conform: steps []"] = (w => ["conform", "--trace", Trace(w, t => t["steps"] = new JsonArray())], "steps is empty"),
        ["verify --claims ','"] = (_ => ["verify", "--claims", ","], "--claims names no claim"),
        ["verify --claims ''"] = (_ => ["verify", "--claims", string.Empty], "--claims names no claim"),
        ["verify --seed abc"] = (_ => ["verify", "--seed", "abc"], "'--seed' as an unsigned integer"),
        ["verify --json DIR"] = (w => ["verify", "--json", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "--json: '"),
        ["verify --report FILE"] = (w => ["verify", "--report", Write(w, "afile", "x")], "--report: '"),
        ["verify --report under /proc"] = (_ => ["verify", "--report", "/proc/adamv-report"], "--report: '/proc/adamv-report'"),
        ["phase --out FILE"] = (w => ["phase", "--problem", "zhang", "--n", "10", "--out", Write(w, "afile", "x")], "--out: '"),
        ["phase --n 0 creates nothing"] = (w => ["phase", "--problem", "zhang", "--n", "0", "--out", Out(w)], "n"),
        ["search --out DIR"] = (w => ["search", "--claim", "sign-ratio-bound", "--out", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "--out: '"),
        ["search --claim 'a,b'"] = (_ => ["search", "--claim", "a,b"], "--claim: unknown claim 'a,b'"),
        ["check --counterexample DIR"] = (w => ["check", "--counterexample", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "--counterexample: '"),
        ["conform --trace DIR"] = (w => ["conform", "--trace", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "is a directory; give a file"),
        ["merge DIR"] = (w => ["merge", "--out", Out(w), Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "shard file: '"),
        ["phase --merge DIR"] = (w => ["phase", "--merge", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName, "--out", Out(w)], "--merge: '"),
        ["experiment --from-trace missing"] = (w => ["experiment", "--from-trace", Path.Combine(w, "nothing.json"), "--out", Out(w)], "--from-trace: no such file"),
        ["merge: a preset that is not in the registry"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["presets"] = new JsonArray("adam-9000"))], "[0].presets[0] is not the name of a registry preset"),
        ["fingerprint --battery-out DIR"] = (w => ["fingerprint", "--battery-out", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "is a directory"),
    };

    /// <summary>Every case name.</summary>
    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_input_exits_2_with_one_line_naming_it_and_writes_nothing(string name)
    {
        string workspace = Path.Combine(Path.GetTempPath(), $"adamv-bad-{Guid.NewGuid():N}");
        Directory.CreateDirectory(workspace);
        try
        {
            (Func<string, string[]> setup, string expect) = Cases[name];
            string[] args = setup(workspace);
            string[] before = Snapshot(workspace);
            (int code, string output, string error) = Adamv.Run(args);
            Assert.True(code == ExitCodes.BadArguments, $"{name}: exit {code}; stderr: {error}; stdout: {output}");
            string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("adamv: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
            Assert.Contains(expect, line, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(workspace));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public void The_catalogue_is_large_enough_to_mean_something()
    {
        Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");
    }

    private static string[] Snapshot(string workspace) =>
        [.. Directory.EnumerateFileSystemEntries(workspace, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(workspace, p)).Order(StringComparer.Ordinal)];

    private static string Out(string workspace) => Path.Combine(workspace, "out");

    private static string Write(string workspace, string name, string text)
    {
        string path = Path.Combine(workspace, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Experiment(string workspace, Action<JsonObject> change)
    {
        JsonObject trace = JsonNode.Parse(GoodExperimentTrace)!.AsObject();
        change(trace);
        return Write(workspace, "experiment.json", trace.ToJsonString());
    }

    private static string Counterexample(string workspace, Action<JsonObject> change)
    {
        string dir = Path.Combine(workspace, "made");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--report", dir).Code);
        JsonObject file = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "counterexamples", "sign-ratio-unbounded-without-hypothesis.json")))!.AsObject();
        Directory.Delete(dir, recursive: true);
        change(file);
        return Write(workspace, "counterexample.json", file.ToJsonString());
    }

    private static string ConstantStepUnder(string workspace, string claim)
    {
        string dir = Path.Combine(workspace, "made");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", "constant-step-bound-as-printed", "--report", dir).Code);
        JsonObject file = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "counterexamples", "constant-step-bound-as-printed.json")))!.AsObject();
        Directory.Delete(dir, recursive: true);
        file["claim"] = claim;
        return Write(workspace, "counterexample.json", file.ToJsonString());
    }

    private static string Report(string workspace, Action<JsonArray> change)
    {
        string path = Path.Combine(workspace, "report.json");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--json", path).Code);
        JsonArray report = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        change(report);
        return Write(workspace, "report.json", report.ToJsonString());
    }

    private static string PhaseShard(string workspace, Action<JsonObject> change)
    {
        string dir = Path.Combine(workspace, "shards");
        Assert.Equal(ExitCodes.Success, Adamv.Run("phase", "--problem", "zhang", "--n", "10", "--grid", "4x4", "--shard", "1/1", "--out", dir).Code);
        string path = Directory.GetFiles(dir).Single();
        JsonObject shard = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(shard);
        File.WriteAllText(path, shard.ToJsonString());
        return path;
    }

    private static string Trace(string workspace, Action<JsonObject> change)
    {
        var hyper = new TraceHyperparameters(0.01, 0.9, 0.999, 1e-8, 0, false, false);
        OptimizerTrace request = ReferenceTrace.Request(hyper, 3, 10, 7);
        OptimizerTrace recorded = ReferenceTrace.Record(TraceVariant.Configure("kingma-ba", hyper), request, "reference", "kingma-ba");
        JsonObject trace = JsonNode.Parse(TraceJson.Serialize(recorded))!.AsObject();
        change(trace);
        return Write(workspace, "trace.json", trace.ToJsonString());
    }
}
