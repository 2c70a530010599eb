using System.Text.Json.Nodes;
using Adam.Verification.Cli;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The catalogue of bad inputs: each case builds its inputs in a fresh workspace, runs adamv, and asserts exit 2, one
/// line on stderr naming the file, field or option, nothing written (no file outside the inputs, no output directory,
/// no temporary left behind).
/// </summary>
public sealed class BadInputCatalogueTests
{
    /// <summary>A well-formed trace of the rho experiment at CI scale: its four α_ours arms with every epoch record.</summary>
    internal static string GoodExperimentTrace { get; } = BuildGoodExperimentTrace();

    private static readonly Dictionary<string, (Func<string, string[]> Setup, string Expect)> Cases = new(StringComparer.Ordinal)
    {
        ["experiment trace names a path outside --out"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["experiment"] = "../escaped"), "--out", Out(w)], "experiment is '../escaped'"),
        ["experiment trace names an absolute path"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["experiment"] = Path.Combine(w, "abs")), "--out", Out(w)], "experiment is '/"),
        ["experiment trace without arms"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"] = new JsonArray()), "--out", Out(w)], "$.arms is empty"),
        ["experiment trace with elapsed_s 1e300"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["elapsed_s"] = 1e300), "--out", Out(w)], "elapsed_s is 1E+300"),
        ["experiment trace with negative elapsed_s"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["elapsed_s"] = -1), "--out", Out(w)], "elapsed_s is -1"),
        ["experiment trace: α_ours off the paper's formula"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["alpha_ours"] = 0.5), "--out", Out(w)], "$.arms[0].alpha_ours is 0.5, expected √(2·initial_loss/(k_hat·T))"),
        ["experiment trace: a step size the schedule does not give"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["epochs"]![3]!["alpha"] = 0.05), "--out", Out(w)], "$.arms[1].epochs[3].alpha is 0.05, expected"),
        ["experiment trace: a step before epoch 1"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["epochs"]![0]!["alpha"] = 0.01), "--out", Out(w)], "$.arms[0].epochs[0].alpha is 0.01, expected 0 (no step before epoch 1)"),
        ["experiment trace: K̂ = 0"] = (w => ["experiment", "--from-trace", Experiment(w, t => { t["arms"]![0]!["k_hat"] = 0; t["arms"]![0]!["k_hat_samples"] = new JsonArray(0); }), "--out", Out(w)], "$.arms[0].k_hat is 0, expected > 0"),
        ["experiment trace: a gradient norm NaN mid-run"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["epochs"]![5]!["grad_norm"] = "NaN"), "--out", Out(w)], "$.arms[1]: a non-finite grad_norm before the last epoch record"),
        ["experiment trace: another sampling scale"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["sampling_scale"] = 7), "--out", Out(w)], "$.arms[0].sampling_scale is 7, expected the experiment's 1"),
        ["experiment trace: another schedule"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["schedule"] = "bogus schedule"), "--out", Out(w)], "$.arms[0].schedule is 'bogus schedule', where the experiment's arm runs"),
        ["experiment trace: another question"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["question"] = "why?"), "--out", Out(w)], "$.question is 'why?', where the rho experiment asks"),
        ["experiment trace with no α_ours arm"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["is_alpha_ours"] = false), "--out", Out(w)], "(is_alpha_ours false), where the experiment has"),
        ["experiment trace with empty k_hat_samples"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["k_hat_samples"] = new JsonArray()), "--out", Out(w)], "$.arms[1].k_hat_samples is empty"),
        ["experiment trace with ragged arms"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["epochs"]!.AsArray().RemoveAt(30)), "--out", Out(w)], "arms[1]: 30 epoch records where the experiment runs 30 epochs"),
        ["experiment trace with an arm the experiment does not have"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]!.AsArray().RemoveAt(3)), "--out", Out(w)], "3 arms where the rho experiment at scale ci has 4"),
        ["experiment trace with a non-finite loss mid-run"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["epochs"]![3]!["loss"] = "Infinity"), "--out", Out(w)], "a non-finite loss before the last epoch record"),
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
        ["phase --n 0 creates nothing"] = (w => ["phase", "--problem", "zhang", "--n", "0", "--out", Out(w)], "--n must lie in [2, 1000]; got 0"),
        ["search --counterexample-out DIR"] = (w => ["search", "--claim", "sign-ratio-bound", "--counterexample-out", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "--counterexample-out: '"),
        ["search --claim 'a,b'"] = (_ => ["search", "--claim", "a,b"], "--claim: unknown claim 'a,b'"),
        ["check --counterexample DIR"] = (w => ["check", "--counterexample", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "--counterexample: '"),
        ["conform --trace DIR"] = (w => ["conform", "--trace", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "is a directory; give a file"),
        ["merge DIR"] = (w => ["merge", "--out", Out(w), Directory.CreateDirectory(Path.Combine(w, "adir")).FullName], "shard file: '"),
        ["phase --merge DIR"] = (w => ["phase", "--merge", Directory.CreateDirectory(Path.Combine(w, "adir")).FullName, "--out", Out(w)], "--merge: '"),
        ["experiment --from-trace missing"] = (w => ["experiment", "--from-trace", Path.Combine(w, "nothing.json"), "--out", Out(w)], "--from-trace: no such file"),
        ["merge: a preset that is not in the registry"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["presets"] = new JsonArray("adam-9000"))], "[0].presets[0] is not the name of a registry preset"),
        ["verify --report into a directory of other files"] = (w => ["verify", "--claims", "reddi-period3", "--report", Path.GetDirectoryName(Write(w, "mine/notes.txt", "keep"))!], "holds notes.txt, which is not part of a report"),
        ["verify --json inside --report"] = (w => ["verify", "--claims", "reddi-period3", "--report", Out(w), "--json", Path.Combine(Out(w), "v.json")], "lies in the --report directory"),
        ["merge --out the directory of its inputs"] = (w => ["merge", "--out", w, Report(w, _ => { })], "would replace the input"),
        ["conform --csv over its --trace"] = (w => { string t = Trace(w, _ => { }); return ["conform", "--trace", t, "--csv", t]; }, "would replace the input"),
        ["check: an enum given by number"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Placement"] = 1)], "$.instance.Placement"),
        ["check: an enum given as a numeric string"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Placement"] = "1")], "$.instance.Placement"),
        ["check: β1 = 2 names the file"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Beta1"] = 2)], "counterexample.json: $.instance: the instance for 'sign-ratio-unbounded-without-hypothesis' is invalid: β1"),
        ["check: β1 = −0.1 is outside the domain, not a missed hypothesis"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Beta1"] = -0.1)], "is invalid: β1 must lie in [0, 1)"),
        ["check: β2 = 1 is outside the domain, not a missed hypothesis"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Beta2"] = 1)], "is invalid: β2 must lie in [0, 1)"),
        ["check: ε = −1 is outside the domain, not a missed hypothesis"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Epsilon"] = -1)], "is invalid: ε must be ≥ 0"),
        ["merge: negative cases"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["cases"] = -5)], "counts must satisfy"),
        ["merge: more cases meeting the hypotheses than cases"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["casesMeetingHypotheses"] = 10_000)], "counts must satisfy"),
        ["merge: worstObservable 'x'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["worstObservable"] = "x")], "[0].worstObservable is not a number"),
        ["merge: counterexample 'x'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"] = "x")], "[0].counterexample is neither an object nor null"),
        ["merge: Refuted with no counterexample"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"] = null)], "'sign-ratio-unbounded-without-hypothesis' is Refuted but carries no counterexample"),
        ["merge: Held with a counterexample"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["verdict"] = "Held")], "verdict Held with a counterexample"),
        ["check --counterexample @file is a path, not a response file"] = (w => ["check", "--counterexample", Path.Combine(w, "@missing.json")], "--counterexample: "),
        ["verify --json into a symbolic-link loop"] = (w => { File.CreateSymbolicLink(Path.Combine(w, "loop1"), Path.Combine(w, "loop2")); File.CreateSymbolicLink(Path.Combine(w, "loop2"), Path.Combine(w, "loop1")); return ["verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--json", Path.Combine(w, "loop1")]; }, "--json: '"),
        ["verify --json with a name too long for its temporary"] = (w => ["verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--json", Path.Combine(w, new string('b', 240) + ".json")], "an atomic write needs a temporary beside it, so at most"),
        ["merge --out a previous report with a user's file in figures/"] = (w => { string shard = Report(w, _ => { }); string prev = Path.Combine(w, "prev"); Directory.CreateDirectory(Path.Combine(prev, "figures")); File.Copy(shard, Path.Combine(prev, "report.json")); File.WriteAllText(Path.Combine(prev, "figures", "mine.svg"), "<svg/>"); return ["merge", "--out", prev, shard]; }, "holds figures/mine.svg, which a report does not write"),
        ["merge: a slice that claims more cases than the run has"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-bound", s => s["reached"] = 2147483647)], "$[0].slice.reached: must be −1 or a case index of this slice"),
        ["merge: a slice record at a negative case"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-bound", s => s["records"]!.AsArray().Insert(0, new JsonObject { ["case"] = -7, ["observable"] = 1e308 }))], "$[0].slice.records: case indices must be ascending"),
        ["merge: a slice with negative seconds"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-bound", s => s["seconds"] = -1)], "$[0].slice.seconds: must be finite and ≥ 0"),
        ["merge: a slice's violation at another case"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-unbounded-without-hypothesis", s => s["violation"]!["case"] = -2)], "$[0].slice.violation.case: must be the case the slice stopped at"),
        ["merge: a slice's violation instance that is not JSON"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-unbounded-without-hypothesis", s => s["violation"]!["counterexample"]!["instanceJson"] = "{\"Beta1\": 1e999")], "$[0].slice.violation.counterexample.instanceJson: not JSON"),
        ["merge: a slice's violation that does not violate"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-unbounded-without-hypothesis", s => s["violation"]!["counterexample"]!["instanceJson"] = "{\"Beta1\":0.9,\"Beta2\":0.5,\"Epsilon\":0,\"BiasCorrection\":false,\"Placement\":\"OutsideCorrectedRoot\",\"Kind\":\"Shrunk\",\"Gradients\":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}")], "of 'sign-ratio-unbounded-without-hypothesis' (its instanceJson) does not replay as one"),
        ["merge: a counterexample whose stored description is not its replay's"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!["description"] = "nonsense")], "is stored as 'nonsense'"),
        ["merge: an entry with no cases"] = (w => ["merge", "--out", Out(w), Report(w, r => { r[0]!["cases"] = 0; r[0]!["casesMeetingHypotheses"] = 0; r[0]!["nonTrivialCases"] = 0; })], "cases ≥ 1"),
        ["check: a Reddi instance with 2^31 − 1 periods"] = (w => ["check", "--counterexample", Conjecture(w, c => c["instance"]!["Periods"] = 2147483647)], "Periods must lie in [1, 1000000]"),
        ["check: a Reddi instance with α = 0"] = (w => ["check", "--counterexample", Conjecture(w, c => c["instance"]!["Alpha"] = 0)], "Alpha must be > 0"),
        ["check: written-out objective parameters with a rotation that is not orthonormal"] = (w => ["check", "--counterexample", InstanceOf(w, "constant-step-bound-as-printed", i => { i["Family"] = "CauchySum"; i["Dimension"] = 2; i["Start"] = new JsonArray(1.0, 1.0); i["ObjectiveParameters"] = JsonNode.Parse("""{"Family":"CauchySum","Weights":[1,1],"Scales":[1,1],"Centre":[0,0],"Rotation":[[1,0.1],[0,1]]}"""); })], "$.instance: the instance for 'constant-step-bound-as-printed' is invalid: ObjectiveParameters: Rotation must be orthonormal"),
        ["check: written-out objective parameters without their Family"] = (w => ["check", "--counterexample", InstanceOf(w, "constant-step-bound-as-printed", i => i["ObjectiveParameters"]!.AsObject().Remove("Family"))], "$.instance.ObjectiveParameters needs a \"Family\" member"),
        ["check: written-out objective parameters of an unknown family"] = (w => ["check", "--counterexample", InstanceOf(w, "constant-step-bound-as-printed", i => i["ObjectiveParameters"]!["Family"] = "Cauchy")], "$.instance.ObjectiveParameters"),
        ["check: written-out objective parameters with an unknown member"] = (w => ["check", "--counterexample", InstanceOf(w, "constant-step-bound-as-printed", i => i["ObjectiveParameters"]!["Foo"] = 1)], "$.instance.ObjectiveParameters.Foo does not fit"),
        ["check: written-out objective parameters of another family than the instance says"] = (w => ["check", "--counterexample", InstanceOf(w, "constant-step-bound-as-printed", i => i["Family"] = i["Family"]!.GetValue<string>() == "PseudoHuber" ? "Quadratic" : "PseudoHuber")], "Family and Dimension say"),
        ["check: a stochastic case whose scales do not average to 1"] = (w => ["check", "--counterexample", InstanceOf(w, "stochastic-constant-step", i => i["Scales"] = new JsonArray([.. i["Scales"]!.AsArray().Select(v => (JsonNode?)JsonValue.Create(2 * v!.GetValue<double>()))]))], "mean 1"),
        ["check: a constant-step instance with a horizon of 2^31 − 1"] = (w => ["check", "--counterexample", CounterexampleOf(w, "constant-step-bound-as-printed", c => c["instance"]!["Horizon"] = 2147483647)], "Horizon must lie in [1, 10000000]"),
        ["phase --problem reddi --seed"] = (w => ["phase", "--problem", "reddi", "--grid", "2x2", "--seed", "5", "--out", Out(w)], "--seed applies to --problem zhang only"),
        ["phase --merge: a shard of two billion"] = (w => ["phase", "--merge", PhaseShard(w, s => s["shard"] = "1/2000000000"), "--out", Out(w)], "$.shard is '1/2000000000', expected i/N with 1 ≤ i ≤ N ≤ 10000"),
        ["phase --merge: a shard with leading zeros"] = (w => ["phase", "--merge", PhaseShard(w, s => s["shard"] = "01/01"), "--out", Out(w)], "no leading zeros"),
        ["phase --merge: a shard missing one of its cells"] = (w => ["phase", "--merge", PhaseShard(w, s => s["cells"]!.AsArray().RemoveAt(3)), "--out", Out(w)], "$.cells lacks cell"),
        ["check: a constant-step instance of dimension 1000 and 10^7 steps"] = (w => ["check", "--counterexample", CounterexampleOf(w, "constant-step-bound-as-printed", c => { c["instance"]!["Dimension"] = 1000; c["instance"]!["Start"] = new JsonArray([.. Enumerable.Range(0, 1000).Select(_ => (JsonNode?)JsonValue.Create(0.5))]); c["instance"]!["Horizon"] = 10_000_000; })], "Dimension² × Horizon is 1E+13, above 1E+09"),
        ["merge: a slice without a violation that stopped early"] = (w => ["merge", "--out", Out(w), .. Sliced(w, "sign-ratio-bound", s => s["reached"] = s["reached"]!.GetValue<int>() - 10)], "$[0].slice.reached: a slice without a violation runs all its cases"),
        ["phase --merge: an exact cell whose drift was edited"] = (w => ["phase", "--merge", ReddiThreeShard(w, s => { s["cells"]![0]!["drift"] = -5; s["cells"]![0]!["verdict"] = "Diverge"; }), "--out", Out(w)], "$.cells[0].drift is -5, but the exact 3-cycle drift"),
        ["verify --budget foo names the option"] = (_ => ["verify", "--budget", "foo"], "--budget: "),
        ["verify --json under a link into /proc"] = (w => { File.CreateSymbolicLink(Path.Combine(w, "procln"), "/proc/self"); return ["verify", "--budget", "quick", "--claims", "sign-ratio-bound-tight", "--json", Path.Combine(w, "procln", "x.json")]; }, "lies in the kernel's virtual file system"),
        ["fingerprint --battery-out /dev/full"] = (_ => ["fingerprint", "--battery-out", "/dev/full"], "--battery-out: cannot write '/dev/full'"),
        ["bench train --adam-dimension without the adam workload"] = (_ => ["bench", "train", "--only", "mlp", "--adam-dimension", "100", "--no-torch"], "--adam-dimension applies only when --only includes adam"),
        ["merge: an entry of a planted-fault run"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["fault"] = "planted")], "$[0].fault is 'planted': a run with a planted fault"),
        ["merge: verdict in lower case"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["verdict"] = "refuted")], "$[0].verdict is 'refuted', expected one of Held, Refuted, Inconclusive"),
        ["check: an instance enum as a comma-joined pair"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Placement"] = "OutsideCorrectedRoot, InsideRoot")], "the value at $.instance.Placement does not fit"),
        ["check: an instance enum in lower case"] = (w => ["check", "--counterexample", Counterexample(w, c => c["instance"]!["Placement"] = "outsidecorrectedroot")], "the value at $.instance.Placement does not fit"),
        ["check: a lone surrogate in a string"] = (w => ["check", "--counterexample", Write(w, "lone.json", File.ReadAllText(Counterexample(w, _ => { })).Replace("\"description\":\"", "\"description\":\"\\ud800", StringComparison.Ordinal))], "lone.json: $.description is a string with an unpaired UTF-16 surrogate escape"),
        ["check: a UTF-16 file"] = (w => ["check", "--counterexample", WriteBytes(w, "utf16.json", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(File.ReadAllText(Counterexample(w, _ => { })))).ToArray())], "utf16.json: the file is UTF-16"),
        ["conform: a lone surrogate in the implementation"] = (w => ["conform", "--trace", Write(w, "lone-trace.json", File.ReadAllText(Trace(w, _ => { })).Replace("\"implementation\":\"", "\"implementation\":\"\\udfff", StringComparison.Ordinal))], "lone-trace.json: $.implementation is a string with an unpaired UTF-16 surrogate escape"),
        ["merge: fault 5"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["fault"] = 5)], "[0].fault is not a string"),
        ["merge: an unknown claim id names the file"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["id"] = "no-such-claim")], "report.json: $[0].id: unknown claim id 'no-such-claim'"),
        ["merge: a malformed shard field"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["shard"] = "3/2")], "report.json: $[0].shard is '3/2'"),
        ["phase --merge: a verdict its drift contradicts"] = (w => ["phase", "--merge", PhaseShard(w, s => { s["cells"]![0]!["drift"] = 1; s["cells"]![0]!["standard_error"] = 0.01; s["cells"]![0]!["verdict"] = "Diverge"; }), "--out", Out(w)], "$.cells[0].verdict is Diverge, but drift 1 ± 0.01 (oracle) makes it Converge"),
        ["phase --merge: method 'bogus'"] = (w => ["phase", "--merge", PhaseShard(w, s => s["cells"]![0]!["method"] = "bogus"), "--out", Out(w)], "cells[0].method is 'bogus'"),
        ["phase --merge: a cell without drift"] = (w => ["phase", "--merge", PhaseShard(w, s => s["cells"]![0]!.AsObject().Remove("drift")), "--out", Out(w)], "cells[0].drift is missing"),
        ["phase --merge: a bad grid names the file"] = (w => ["phase", "--merge", PhaseShard(w, s => s["grid"] = "4y4"), "--out", Out(w)], ".grid: the grid must look like WxH"),
        ["phase --merge: shard '2/4/9'"] = (w => ["phase", "--merge", PhaseShard(w, s => s["shard"] = "2/4/9"), "--out", Out(w)], ".shard is '2/4/9'"),
        ["phase --merge with --n"] = (w => ["phase", "--merge", PhaseShard(w, _ => { }), "--n", "20", "--out", Out(w)], "--n does not apply with --merge"),
        ["experiment --from-trace with --spec-out"] = (w => ["experiment", "--from-trace", Experiment(w, _ => { }), "--spec-out", Path.Combine(w, "s.json"), "--out", Out(w)], "--spec-out does not apply with --from-trace"),
        ["experiment --spec-out with --out"] = (w => ["experiment", "rho", "--spec-out", Path.Combine(w, "s.json"), "--out", Out(w)], "--out does not apply with --spec-out"),
        ["experiment --judge on an unknown experiment"] = (_ => ["experiment", "vgg", "--judge"], "unknown experiment 'vgg'; choose one of schedulers, constants, depth, lenet, batch, horizon, rho."),
        ["experiment --judge with --out"] = (w => ["experiment", "horizon", "--judge", "--out", Out(w)], "--out does not apply with --judge"),
        ["fingerprint --trace with --amsgrad"] = (w => ["fingerprint", "--trace", Trace(w, _ => { }), "--amsgrad"], "--amsgrad does not apply with --trace"),
        ["experiment trace: accuracy 1.5"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["epochs"]![0]!["test_accuracy"] = 1.5), "--out", Out(w)], "epochs[0].test_accuracy is 1.5"),
        ["experiment trace: k_hat not the maximum of its samples"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["k_hat"] = 7), "--out", Out(w)], "arms[0].k_hat is 7"),
        ["experiment trace: a repeated label"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![1]!["label"] = t["arms"]![0]!["label"]!.GetValue<string>()), "--out", Out(w)], "arms[1].label 'α_ours, ρ = 1E-06' repeats"),
        ["experiment trace: epoch 0.5"] = (w => ["experiment", "--from-trace", Experiment(w, t => t["arms"]![0]!["epochs"]![0]!["epoch"] = 0.5), "--out", Out(w)], "epoch is 0.5"),
        ["conform: variant 3"] = (w => ["conform", "--trace", Trace(w, t => t["variant"] = 3)], "trace.json: $.variant is not a string"),
        ["conform: a replay request names the file"] = (w => ["conform", "--trace", Trace(w, t => { foreach (JsonNode? st in t["steps"]!.AsArray()) { st!.AsObject().Remove("parameters"); } }), "--variant", "kingma-ba"], "trace.json: steps without 'parameters'"),
        ["rate: α* on a family without γ"] = (_ => ["rate", "--horizons", "20,40", "--replicates", "2", "--schedule", "alpha-star"], "--schedule alpha-star needs γ, L* and K, which --family"),
        ["rate: an empty horizon"] = (_ => ["rate", "--horizons", "10,,20"], "--horizons takes positive integers"),
        ["verify --shard 3/4 of two claims"] = (_ => ["verify", "--claims", "reddi-period3,reddi-any-beta", "--shard", "3/4"], "selects no claim"),
        ["verify --report into a directory named like a report but holding none"] = (w => { string d = Path.GetDirectoryName(Write(w, "fake/report.json", "{}"))!; Write(w, "fake/index.html", "mine"); return ["verify", "--claims", "reddi-period3", "--report", d]; }, "holds no previous adamv report"),
        ["verify --json through a link into --report"] = (w => { Directory.CreateDirectory(Out(w)); Directory.CreateSymbolicLink(Path.Combine(w, "alias"), Out(w)); return ["verify", "--claims", "reddi-period3", "--report", Out(w), "--json", Path.Combine(w, "alias", "v.json")]; }, "lies in the --report directory"),
        ["merge: one claim's counterexample under another's id"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["id"] = "reddi-any-beta")], "the counterexample of 'reddi-any-beta' is not an instance of that claim"),
        ["merge: a counterexample instance with β1 'x'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!["instance"]!["Beta1"] = "x")], "the value at $[0].counterexample.instance.Beta1 does not fit an instance"),
        ["merge: a counterexample that does not violate its claim"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!["instance"]!["Gradients"] = new JsonArray(1))], "does not replay as one"),
        ["check: a verify report with verdict 'Bogus'"] = (w => ["check", "--counterexample", Report(w, r => r[0]!["verdict"] = "Bogus")], "[0].verdict is 'Bogus'"),
        ["experiment trace of schedulers with one arm"] = (w => ["experiment", "--from-trace", Experiment(w, t => { t["experiment"] = "schedulers"; }), "--out", Out(w)], "where the schedulers experiment at scale ci has"),
        ["rate --sigma 1e200"] = (_ => ["rate", "--family", "F5", "--horizons", "20,40", "--replicates", "2", "--sigma", "1e200"], "--sigma must be at most 1e6"),
        ["lipschitz --sampling-scale 1e154"] = (_ => ["lipschitz", "--family", "F2", "--sampling-scale", "1e154"], "--sampling-scale must be at most"),
        ["check: observable 'x'"] = (w => ["check", "--counterexample", Counterexample(w, c => c["observable"] = "x")], "$.observable is not a finite number"),
        ["check: description 5"] = (w => ["check", "--counterexample", Counterexample(w, c => c["description"] = 5)], "$.description is not a string"),
        ["merge: shrinkSteps -3"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["counterexample"]!["shrinkSteps"] = -3)], "[0].counterexample.shrinkSteps is -3"),
        ["merge: presets 'x'"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["presets"] = "x")], "[0].presets is not an array"),
        ["merge: a tampered expected verdict"] = (w => ["merge", "--out", Out(w), Report(w, r => r[0]!["expectedVerdict"] = "Held")], "does not describe the catalogue's claim"),
        ["conform: an unknown --variant"] = (w => ["conform", "--trace", Trace(w, _ => { }), "--variant", "nope"], "--variant: unknown Adam variant 'nope'"),
        ["conform: an unknown variant in the trace"] = (w => ["conform", "--trace", Trace(w, t => t["variant"] = "nope")], "trace.json: $.variant: unknown Adam variant 'nope'"),
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
    public void An_arm_that_diverged_may_stop_early()
    {
        JsonObject trace = JsonNode.Parse(GoodExperimentTrace)!.AsObject();
        JsonArray epochs = trace["arms"]![0]!["epochs"]!.AsArray();
        while (epochs.Count > 3)
        {
            epochs.RemoveAt(3);
        }

        epochs[2]!["loss"] = "NaN";
        Assert.Equal([3, 31, 31, 31], ExperimentTraceJson.Parse(trace.ToJsonString(), "t.json").Result.Arms.Select(a => a.Epochs.Count));
    }

    private static string BuildGoodExperimentTrace()
    {
        var arms = new JsonArray();
        foreach (Arm arm in ExperimentCatalogue.Get("rho").Arms(ExperimentScale.Ci))
        {
            var epochs = new JsonArray();
            double alphaOurs = PaperStepSizes.AlphaOurs(2.3, 1, arm.Settings.Epochs);
            IStepSchedule schedule = arm.Schedule(new StepSizeContext(alphaOurs, arm.Settings.Epochs));
            for (int e = 0; e <= arm.Settings.Epochs; e++)
            {
                epochs.Add(new JsonObject { ["epoch"] = e, ["loss"] = 2.3, ["grad_norm"] = 0.1, ["test_accuracy"] = 0.1, ["alpha"] = e == 0 ? 0 : schedule.Alpha(e) });
            }

            arms.Add(new JsonObject
            {
                ["label"] = arm.Label, ["schedule"] = ExperimentSpecJson.ScheduleText(arm), ["is_alpha_ours"] = arm.IsAlphaOurs, ["k_hat"] = 1, ["k_hat_samples"] = new JsonArray(1),
                ["initial_loss"] = 2.3, ["alpha_ours"] = alphaOurs, ["sampling_scale"] = 1, ["unconverged"] = 0, ["epochs"] = epochs,
            });
        }

        return new JsonObject
        {
            ["format"] = "adamv-experiment-trace/1", ["experiment"] = "rho", ["scale"] = "ci", ["question"] = ExperimentCatalogue.Get("rho").Question, ["implementation"] = "torch", ["device"] = "cpu", ["elapsed_s"] = 1, ["arms"] = arms,
        }.ToJsonString();
    }

    [Fact]
    public void The_catalogue_is_large_enough_to_mean_something()
    {
        Assert.True(Cases.Count >= 90, $"{Cases.Count} cases");
    }

    /// <summary>Every entry under the workspace, not descending into symbolic links (a case may plant one into /proc).</summary>
    private static string[] Snapshot(string workspace)
    {
        var entries = new List<string>();
        void Walk(string directory)
        {
            foreach (string entry in Directory.EnumerateFileSystemEntries(directory))
            {
                entries.Add(Path.GetRelativePath(workspace, entry));
                if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null)
                {
                    Walk(entry);
                }
            }
        }

        Walk(workspace);
        return [.. entries.Order(StringComparer.Ordinal)];
    }

    private static string Out(string workspace) => Path.Combine(workspace, "out");

    private static string Write(string workspace, string name, string text)
    {
        string path = Path.Combine(workspace, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Sliced(string workspace, string claim, Action<JsonObject> change)
    {
        string[] files = [Path.Combine(workspace, "s1.json"), Path.Combine(workspace, "s2.json")];
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", claim, "--shard", $"{i + 1}/2", "--by", "cases", "--json", files[i]).Code);
        }

        // The slice that found the violation (or the first) is the one changed.
        JsonArray first = JsonNode.Parse(File.ReadAllText(files[0]))!.AsArray(), second = JsonNode.Parse(File.ReadAllText(files[1]))!.AsArray();
        bool inSecond = first[0]!["slice"]!["violation"] is null && second[0]!["slice"]!["violation"] is not null;
        JsonArray target = inSecond ? second : first;
        change(target[0]!["slice"]!.AsObject());
        File.WriteAllText(inSecond ? files[1] : files[0], target.ToJsonString());
        return inSecond ? [files[1], files[0]] : files;
    }

    private static string ReddiThreeShard(string workspace, Action<JsonObject> change) => PhaseShard(workspace, change, "--problem", "reddi", "--period", "3");

    private static string Conjecture(string workspace, Action<JsonObject> change) => CounterexampleOf(workspace, "adam-converges-for-all-beta1-below-sqrt-beta2", change);

    /// <summary>A counterexample file built from the verify --json entry of a refuted claim (no report, so no figures).</summary>
    /// <summary>A file holding case 1 of <paramref name="claim"/> (a multiplicative-sum case for stochastic-constant-step), changed by <paramref name="change"/>.</summary>
    private static string InstanceOf(string workspace, string claim, Action<JsonObject> change)
    {
        var replayable = (Adam.Verification.Theory.Claims.IReplayable)Catalogue.Get(claim, "test");
        JsonObject instance = Enumerable.Range(1, 50).Select(seed => JsonNode.Parse(replayable.InstanceJson((ulong)seed))!.AsObject()).First(i => claim != "stochastic-constant-step" || i.ContainsKey("Scales"));
        change(instance);
        var file = new JsonObject { ["claim"] = claim, ["instance"] = instance };
        return Write(workspace, "counterexample.json", file.ToJsonString());
    }

    private static string CounterexampleOf(string workspace, string claim, Action<JsonObject> change)
    {
        string path = Path.Combine(workspace, "entry.json");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", claim, "--json", path).Code);
        JsonObject c = JsonNode.Parse(File.ReadAllText(path))!.AsArray()[0]!["counterexample"]!.AsObject();
        File.Delete(path);
        var file = new JsonObject { ["claim"] = claim, ["description"] = c["description"]!.GetValue<string>(), ["observable"] = c["observable"]?.DeepClone(), ["instance"] = c["instance"]!.DeepClone() };
        change(file);
        return Write(workspace, "counterexample.json", file.ToJsonString());
    }

    private static string WriteBytes(string workspace, string name, byte[] bytes)
    {
        string path = Path.Combine(workspace, name);
        File.WriteAllBytes(path, bytes);
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

    /// <summary>A 4x4 phase shard 1/1 of the problem in <paramref name="problem"/> (Zhang, n = 10, unless given), changed.</summary>
    private static string PhaseShard(string workspace, Action<JsonObject> change, params string[] problem)
    {
        string dir = Path.Combine(workspace, "shards");
        Assert.Equal(ExitCodes.Success, Adamv.Run(["phase", .. (problem.Length > 0 ? problem : ["--problem", "zhang", "--n", "10"]), "--grid", "4x4", "--shard", "1/1", "--out", dir]).Code);
        string path = Directory.GetFiles(dir).Single();
        JsonObject shard = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(shard);
        File.WriteAllText(path, shard.ToJsonString());
        return path;
    }

    internal static string Trace(string workspace, Action<JsonObject> change)
    {
        var hyper = new TraceHyperparameters(0.01, 0.9, 0.999, 1e-8, 0, false, false);
        OptimizerTrace request = ReferenceTrace.Request(hyper, 3, 10, 7);
        OptimizerTrace recorded = ReferenceTrace.Record(TraceVariant.Configure("kingma-ba", hyper), request, "reference", "kingma-ba");
        JsonObject trace = JsonNode.Parse(TraceJson.Serialize(recorded))!.AsObject();
        change(trace);
        return Write(workspace, "trace.json", trace.ToJsonString());
    }
}
