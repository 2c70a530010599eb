using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Mutants;

namespace Adam.Verification.Properties.Theory.Traces;

/// <summary>The battery tells the presets apart, names a mutant's real variant, and identifies PyTorch's optimizers.</summary>
public sealed class FingerprintTests
{
    [Fact]
    public void Each_preset_is_identified_and_only_presets_with_the_same_maths_share_a_fingerprint()
    {
        OptimizerTrace battery = Fingerprint.Battery();
        var twins = new Dictionary<string, string[]>
        {
            ["kingma-ba"] = ["kingma-ba", "pytorch-adam"],
            ["pytorch-adam"] = ["kingma-ba", "pytorch-adam"],
            ["constant-step-alg1"] = ["constant-step-alg1", "rmsprop"],
            ["rmsprop"] = ["constant-step-alg1", "rmsprop"],
        };
        foreach (AdamPreset p in AdamPresets.All)
        {
            OptimizerTrace recorded = ReferenceTrace.Record(TraceVariant.Configure(p.Name, battery.Hyperparameters), battery, "reference", p.Name);
            FingerprintResult f = Fingerprint.Identify(recorded);
            Assert.Equal(twins.GetValueOrDefault(p.Name, [p.Name]), f.Matches.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Mutants_that_change_the_maths_match_no_preset_and_get_a_distinguishing_step()
    {
        // ε·√(1−β2^t) is not the ε̂ form (that is ε/√(1−β2^t)), so the mutant matches nothing, not even its claim.
        OptimizerTrace battery = Fingerprint.Battery();
        foreach (string mutation in new[] { "epsilon-scaled-by-bias-correction", "momentum-after-parameter", "betas-swapped", "counter-one-behind" })
        {
            FingerprintResult f = Fingerprint.Identify(MutantCatalogue.Record(MutantCatalogue.Get(mutation), battery));
            Assert.True(f.Matches.Count == 0, $"{mutation} matched {string.Join(", ", f.Matches)}");
            Assert.NotNull(f.NearestMismatch);
        }
    }

    [Fact]
    public void The_step_counter_dimension_tells_a_per_parameter_counter_from_a_per_step_one()
    {
        OptimizerTrace battery = Fingerprint.Battery();
        FingerprintResult perParameter = Fingerprint.Identify(MutantCatalogue.Record(MutantCatalogue.Get("counter-per-parameter"), battery));
        Assert.Empty(perParameter.Matches);
        Assert.Equal("per parameter", perParameter.StepCounter);
        Assert.Contains("kingma-ba", perParameter.PerParameterMatches);

        FingerprintResult correct = Fingerprint.Identify(ReferenceTrace.Record(TraceVariant.Configure("kingma-ba", battery.Hyperparameters), battery, "reference", "kingma-ba"));
        Assert.Equal("per step", correct.StepCounter);

        FingerprintResult neither = Fingerprint.Identify(MutantCatalogue.Record(MutantCatalogue.Get("betas-swapped"), battery));
        Assert.Equal("unknown", neither.StepCounter);
    }

    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void PyTorch_optimizers_are_fingerprinted_as_their_presets()
    {
        Assert.True(PythonTorch.Available, $"CI=true but torch is not importable by {PythonTorch.Python}: .ci/run installs python3-torch.");
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-fp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string request = Path.Combine(dir, "battery.json");
        TraceJson.Write(request, Fingerprint.Battery());
        string script = Path.Combine(RepositoryRoot.Path, "tools", "torch_replay.py");
        foreach ((string optimizer, string[] expected) in new[] { ("adam", new[] { "kingma-ba", "pytorch-adam" }), ("adamw", ["adamw"]), ("amsgrad", ["amsgrad-pytorch"]) })
        {
            string trace = Path.Combine(dir, optimizer + ".json");
            (int code, string error) = PythonTorch.Run(script, "--request", request, "--optimizer", optimizer, "--out", trace);
            Assert.True(code == 0, error);
            Assert.Equal(expected, Fingerprint.Identify(TraceJson.Read(trace)).Matches.Order(StringComparer.Ordinal));
        }

        Directory.Delete(dir, recursive: true);
    }
}
