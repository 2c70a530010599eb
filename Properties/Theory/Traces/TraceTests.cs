using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Properties.Theory.Traces;

/// <summary>The trace format, its errors, and lock-step conformance with error attribution.</summary>
public sealed class TraceTests
{
    private static readonly TraceHyperparameters Hyper = new(0.01, 0.9, 0.999, 1e-8, 0.01, false, false);

    [Fact]
    public void A_recorded_trace_round_trips_and_conforms_to_its_own_preset_but_not_to_another()
    {
        OptimizerTrace request = ReferenceTrace.Request(Hyper, 5, 60, PropertySeeds.SuiteSeed());
        OptimizerTrace recorded = ReferenceTrace.Record(TraceVariant.Configure("pytorch-adam", Hyper), request, "reference", "pytorch-adam");
        OptimizerTrace back = TraceJson.Parse(TraceJson.Serialize(recorded), "memory");
        Assert.Equal(TraceJson.Serialize(recorded), TraceJson.Serialize(back));
        Assert.True(Conformance.Check(back, TraceVariant.Configure("pytorch-adam", Hyper), "pytorch-adam").Agrees);
        ConformanceReport wrong = Conformance.Check(back, TraceVariant.Configure("epsilon-hat", Hyper), "epsilon-hat");
        Assert.Equal(1, wrong.FirstMismatch!.Step);
        Assert.Equal(1 + (5 * 60), TraceCsv.Render(back).TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void A_single_corrupted_value_is_attributed_to_its_step_coordinate_and_quantity()
    {
        OptimizerTrace request = ReferenceTrace.Request(Hyper, 4, 40, 3);
        OptimizerTrace recorded = ReferenceTrace.Record(TraceVariant.Configure("amsgrad-pytorch", Hyper), request, "reference", "amsgrad-pytorch");
        foreach ((int step, int coordinate, string quantity) in new[] { (17, 2, "v"), (5, 0, "parameter"), (33, 3, "m"), (12, 1, "vmax") })
        {
            TraceStep s = recorded.Steps[step - 1];
            double[] Bump(double[] a)
            {
                double[] c = (double[])a.Clone();
                c[coordinate] = (c[coordinate] * (1 + 1e-9)) + 1e-12;
                return c;
            }

            TraceStep bad = quantity switch
            {
                "v" => s with { V = Bump(s.V!) },
                "m" => s with { M = Bump(s.M!) },
                "vmax" => s with { VMax = Bump(s.VMax!) },
                _ => s with { Parameters = Bump(s.Parameters!) },
            };
            var steps = recorded.Steps.ToArray();
            steps[step - 1] = bad;
            ConformanceMismatch m = Conformance.Check(recorded with { Steps = steps }, TraceVariant.Configure("amsgrad-pytorch", Hyper), "amsgrad-pytorch").FirstMismatch!;
            Assert.Equal((step, coordinate, quantity), ((int)m.Step, m.Coordinate, m.Quantity));
        }
    }

    [Theory]
    [InlineData("\"format\":\"adamv-trace/1\"", "\"format\":\"other\"", "format is 'other'")]
    [InlineData("\"t\":3,", "\"t\":4,", "steps[2].t is 4, expected 3")]
    [InlineData("\"gradient\":[", "\"gradient\":[1,", "steps[0].gradient has 4 entries, expected 3")]
    [InlineData("\"lr\":0.01,\"gradient\"", "\"lr\":-1,\"gradient\"", "steps[0].lr is -1")]
    [InlineData("\"beta2\":0.999,", "", "$.hyperparameters.beta2 is missing or not a number")]
    [InlineData("\"initial\":[", "\"initial\":[\"a\",", "initial[0] is not a finite number")]
    public void Malformed_traces_get_errors_that_name_the_source_and_path(string find, string replace, string expected)
    {
        OptimizerTrace request = ReferenceTrace.Request(Hyper, 3, 5, 1);
        string json = TraceJson.Serialize(request);
        int at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in {json}");
        string broken = json[..at] + replace + json[(at + find.Length)..];
        var e = Assert.Throws<TraceFormatException>(() => TraceJson.Parse(broken, "bad.json"));
        Assert.StartsWith("bad.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Throws<TraceFormatException>(() => TraceJson.Parse("{not json", "x.json"));
    }

    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void PyTorch_adam_adamw_and_amsgrad_conform_to_our_pytorch_presets_in_float64_and_float32()
    {
        Assert.True(PythonTorch.Available, $"CI=true but torch is not importable by {PythonTorch.Python}: .ci/run installs python3-torch.");
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-torch-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string script = Path.Combine(RepositoryRoot.Path, "tools", "torch_replay.py");
        foreach (ulong seed in new ulong[] { PropertySeeds.SuiteSeed(), 7 })
        {
            string request = Path.Combine(dir, $"request-{seed}.json");
            TraceJson.Write(request, ReferenceTrace.Request(Hyper, 6, 80, seed));
            foreach ((string optimizer, string preset) in new[] { ("adam", "pytorch-adam"), ("adamw", "adamw"), ("amsgrad", "amsgrad-pytorch") })
            {
                foreach (string dtype in new[] { "float64", "float32" })
                {
                    string trace = Path.Combine(dir, $"{optimizer}-{dtype}-{seed}.json");
                    (int code, string error) = PythonTorch.Run(script, "--request", request, "--optimizer", optimizer, "--out", trace, "--dtype", dtype);
                    Assert.True(code == 0, error);
                    OptimizerTrace t = TraceJson.Read(trace);
                    ConformanceReport r = Conformance.Check(t, TraceVariant.Configure(preset, t.Hyperparameters), preset);
                    Assert.True(r.Agrees, $"{optimizer} {dtype} seed {seed}: {r.FirstMismatch}");
                }
            }

            // A deliberately mismatched preset fails at the first step.
            OptimizerTrace adam = TraceJson.Read(Path.Combine(dir, $"adam-float64-{seed}.json"));
            Assert.Equal(1, Conformance.Check(adam, TraceVariant.Configure("adamw", adam.Hyperparameters), "adamw").FirstMismatch!.Step);
        }

        Directory.Delete(dir, recursive: true);
    }
}
