using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Torch;
using Xunit.Abstractions;
using Optim = TorchSharp.torch.optim;

namespace Adam.Verification.Properties.InProcess;

/// <summary>
/// TorchSharp 0.107's optimizers driven in process over the standard battery: Adam, AdamW and Adam(amsgrad) answer
/// every request, conform to their presets in float64 and float32 and are fingerprinted as them; a mis-wired adapter
/// (ε or β2 not passed through, amsgrad dropped) is caught and diagnosed; every other optimizer TorchSharp ships runs
/// and matches no preset.
/// </summary>
[Collection(TorchSharpInProcess.Name)]
public sealed class TorchSharpConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string[]> Adams => new()
    {
        { "adam", "float64", ["kingma-ba", "pytorch-adam"] },
        { "adam", "float32", ["kingma-ba", "pytorch-adam"] },
        { "adamw", "float64", ["adamw"] },
        { "adamw", "float32", ["adamw"] },
        { "amsgrad", "float64", ["amsgrad-pytorch"] },
        { "amsgrad", "float32", ["amsgrad-pytorch"] },
    };

    [Theory]
    [Trait(Traits.Category, Traits.TorchSharp)]
    [MemberData(nameof(Adams))]
    public void The_adam_family_answers_conforms_to_its_preset_and_is_fingerprinted_on_the_standard_battery(string name, string dtype, string[] identified)
    {
        TorchSharpOptimizer optimizer = TorchSharpOptimizers.Get(name);
        TorchSharpReplay replay = TorchSharpReplay.Run(optimizer, BatteryLevel.Standard, BatteryCatalogue.DefaultSeed, dtype);
        IReadOnlyList<EntryConformance> results = BatteryConformance.Check(replay.Recorded, null, replay.Requests);
        Assert.Equal(6, results.Count);
        foreach (EntryConformance r in results)
        {
            Assert.True(r.Agrees, $"{name} {dtype} '{r.Name}': {r.Report?.FirstMismatch} {r.RequestDifference}");
            Assert.Null(r.RequestDifference);
            Assert.Equal(optimizer.Preset, r.Variant);
            Assert.All(replay.Recorded.Find(r.Name)!.Trace.Steps, s => Assert.NotNull(s.M));
        }

        Assert.Empty(Schemas.Errors(BatteryJson.Serialize(replay.Recorded), "battery"));
        output.WriteLine($"{TorchSharpRecorder.Version} {name} {dtype}: largest error {results.Max(r => r.Report!.LargestRelativeError):G3} of the tolerance");
        Assert.Equal(identified, BatteryFingerprint.Identify(replay.Recorded).Matches);
    }

    public static TheoryData<string, string> MisWired => new()
    {
        { "epsilon-not-passed", "ε hard-coded to 1e-8" },
        { "beta2-not-passed", "β hard-coded to (0.9, 0.999)" },
        { "amsgrad-dropped", "AMSGrad" },
    };

    [Theory]
    [Trait(Traits.Category, Traits.TorchSharp)]
    [MemberData(nameof(MisWired))]
    public void A_mis_wired_adapter_is_refused_and_diagnosed(string fault, string diagnosed)
    {
        TorchSharpOptimizer wrong = fault switch
        {
            // The request's ε never reaches TorchSharp (its default 1e-8 is used); the header still reports the request's.
            "epsilon-not-passed" => new(fault, "optim.Adam without ε", "pytorch-adam", false, false, (p, h) => Optim.Adam(p, h.Lr, h.Beta1, h.Beta2, weight_decay: h.WeightDecay)),
            // β left at TorchSharp's defaults.
            "beta2-not-passed" => new(fault, "optim.Adam without β", "pytorch-adam", false, false, (p, h) => Optim.Adam(p, h.Lr, eps: h.Eps, weight_decay: h.WeightDecay)),
            // Claims AMSGrad but builds plain Adam.
            _ => new(fault, "optim.Adam claimed amsgrad", "amsgrad-pytorch", true, false, (p, h) => Optim.Adam(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay)),
        };
        TorchSharpReplay replay = TorchSharpReplay.Run(wrong, BatteryLevel.Standard, BatteryCatalogue.DefaultSeed, null);
        IReadOnlyList<EntryConformance> results = BatteryConformance.Check(replay.Recorded, null, replay.Requests);
        EntryConformance failed = results.First(r => !r.Agrees);
        output.WriteLine($"{fault}: '{failed.Name}' {failed.Report!.FirstMismatch}; looks like: {string.Join("; ", failed.LooksLike)}");
        Assert.Contains(failed.LooksLike, l => l.Contains(diagnosed, StringComparison.Ordinal));
    }

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void The_request_check_reads_back_what_was_fed_and_names_a_clipped_gradient()
    {
        OptimizerTrace request = BatteryCatalogue.Get(BatteryLevel.Quick).Entries[0].Trace;
        TorchSharpOptimizer adam = TorchSharpOptimizers.Get("adam");
        Assert.Null(RequestCheck.Compare(TorchSharpRecorder.Record(adam, request), request));

        // A faulty adapter that clips what it feeds: the trace shows the clipped gradient, because it is read back from .grad.
        OptimizerTrace clipped = TorchSharpRecorder.Record(adam, request, feed: g => [.. g.Select(x => Math.Clamp(x, -1, 1))]);
        RequestDifference difference = Assert.IsType<RequestDifference>(RequestCheck.Compare(clipped, request));
        Assert.Matches(@"^\$\.steps\[\d+\]\.gradient\[\d+\]$", difference.Path);
    }

    public static TheoryData<string> Others => [.. TorchSharpOptimizers.All.Where(o => o.Preset is null).Select(o => o.Name)];

    [Theory]
    [Trait(Traits.Category, Traits.TorchSharp)]
    [MemberData(nameof(Others))]
    public void Every_other_optimizer_replays_in_both_dtypes_and_matches_no_preset(string name)
    {
        TorchSharpOptimizer optimizer = TorchSharpOptimizers.Get(name);
        foreach (string dtype in new[] { "float64", "float32" })
        {
            TorchSharpReplay replay = TorchSharpReplay.Run(optimizer, BatteryLevel.Quick, BatteryCatalogue.DefaultSeed, dtype);
            OptimizerTrace trace = Assert.Single(replay.Recorded.Entries).Trace;
            Assert.True(trace.IsRecorded);
            Assert.Equal(dtype, trace.Dtype);
            Assert.Null(RequestCheck.Compare(trace, replay.Requests.Entries[0].Trace));
            Assert.All(trace.Steps, s => Assert.All(s.Parameters!, x => Assert.True(double.IsFinite(x))));
            Assert.NotEqual(trace.Initial, trace.Steps[^1].Parameters);
            Assert.Empty(BatteryFingerprint.Identify(replay.Recorded).Matches);
        }
    }

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void Unknown_names_are_refused_with_the_list()
    {
        var e = Assert.Throws<ArgumentException>(() => TorchSharpOptimizers.Get("lbfgs"));
        Assert.Contains("adamw-amsgrad", e.Message, StringComparison.Ordinal);
        Assert.Contains("LBFGS needs a loss closure", e.Message, StringComparison.Ordinal);
        Assert.Equal(TorchSharpOptimizers.Names.Count, TorchSharpOptimizers.Names.Distinct().Count());
    }
}
