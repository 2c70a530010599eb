using Adam.Verification.Cli;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// <c>adamv conform --torchsharp</c> and <c>adamv fingerprint --torchsharp</c>: TorchSharp's optimizers recorded in
/// process conform and are identified without Python; the recorded battery can be kept and checked again from the file;
/// a wrong preset fails; bad names and conflicting options exit 2 with one line.
/// </summary>
[Collection(TorchSharpInProcess.Name)]
public sealed class TorchSharpCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-torchsharp-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void Conform_torchsharp_adam_agrees_on_the_standard_battery_and_the_kept_traces_check_again()
    {
        string kept = Path.Combine(_dir, "torchsharp-adam.json"), battery = Path.Combine(_dir, "battery.json");
        (int code, string text, string error) = Adamv.Run("conform", "--torchsharp", "adam", "--trace-out", kept);
        Assert.True(code == ExitCodes.Success, text + error);
        Assert.Contains("recorded 6 request(s) with TorchSharp 0.107.0", text, StringComparison.Ordinal);
        Assert.Contains("all 6 requests agree and are answered", text, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, Adamv.Run("fingerprint", "--battery", "standard", "--battery-out", battery).Code);
        (int again, string againText, _) = Adamv.Run("conform", "--trace", kept, "--request", battery);
        Assert.True(again == ExitCodes.Success, againText);

        (int wrong, string wrongText, _) = Adamv.Run("conform", "--torchsharp", "adam", "--battery", "quick", "--variant", "reddi-adam");
        Assert.True(wrong == ExitCodes.Unexpected, wrongText);
        Assert.Contains("FIRST MISMATCH", wrongText, StringComparison.Ordinal);
    }

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void Conform_torchsharp_answers_a_users_request_in_float32()
    {
        OptimizerTrace request = BatteryCatalogue.Get(BatteryLevel.Standard).Find("decay-schedule")!.Trace;
        string file = Path.Combine(_dir, "request.json"), kept = Path.Combine(_dir, "recorded.json");
        File.WriteAllText(file, TraceJson.Serialize(request));
        (int code, string text, string error) = Adamv.Run("conform", "--torchsharp", "adam", "--request", file, "--dtype", "float32", "--trace-out", kept);
        Assert.True(code == ExitCodes.Success, text + error);
        Assert.Contains("(float32, d = 9, 200 steps) against preset pytorch-adam", text, StringComparison.Ordinal);
        OptimizerTrace recorded = TraceJson.Parse(File.ReadAllText(kept), kept);
        Assert.Equal("float32", recorded.Dtype);
        Assert.True(recorded.IsRecorded);
    }

    [Theory]
    [Trait(Traits.Category, Traits.TorchSharp)]
    [InlineData("adamw", "identified on all 6 requests as adamw")]
    [InlineData("amsgrad", "identified on all 6 requests as amsgrad-pytorch")]
    [InlineData("adamax", "no preset matches all 6 requests")]
    public void Fingerprint_torchsharp_identifies_the_optimizer(string name, string expected)
    {
        (int code, string text, string error) = Adamv.Run("fingerprint", "--torchsharp", name, "--battery", "standard");
        Assert.True(code == (name == "adamax" ? ExitCodes.Unexpected : ExitCodes.Success), text + error);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [Trait(Traits.Category, Traits.TorchSharp)]
    [InlineData("--torchsharp|lbfgs", "--torchsharp: unknown TorchSharp optimizer 'lbfgs'")]
    [InlineData("--torchsharp|nadam", "--variant: optim nadam is not an Adam")]
    [InlineData("--torchsharp|adam|--trace|x.json", "give exactly one of --trace FILE")]
    [InlineData("--trace|x.json|--dtype|float32", "--dtype does not apply with --trace")]
    [InlineData("--torchsharp|adam|--dtype|bfloat16", "--dtype")]
    [InlineData("--torchsharp|adam|--battery|quick|--trace-out|t.json|--csv|t.json", "--trace-out and --csv both name")]
    [InlineData("--torchsharp|adam|--battery|quick|--variant|nope", "--variant: ")]
    [InlineData("--torchsharp|adam|--csv|c.csv", "--csv exports a single trace; this replay records 6")]
    [InlineData("--torchsharp|adam|--battery|quick|--seed|5", "--seed: the quick battery is one fixed request")]
    [InlineData("--torchsharp|adam|--request|bf16.json", "bf16.json: $.dtype is 'bfloat16', which TorchSharp does not replay; pass --dtype float32")]
    [InlineData("--trace|x.json|--csv|x.json", "would replace")]
    public void Bad_torchsharp_options_exit_2_with_one_line_before_any_work(string arguments, string message)
    {
        string[] args = ["conform", .. arguments.Split('|').Select(a => a.EndsWith(".json", StringComparison.Ordinal) || a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(_dir, a) : a)];
        File.WriteAllText(Path.Combine(_dir, "x.json"), "{}");
        OptimizerTrace request = BatteryCatalogue.Get(BatteryLevel.Quick).Entries[0].Trace with { Dtype = "bfloat16" };
        File.WriteAllText(Path.Combine(_dir, "bf16.json"), TraceJson.Serialize(request));
        (int code, string text, string error) = Adamv.Run(args);
        Assert.True(code == ExitCodes.BadArguments, text + error);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(string.Empty, text);
        Assert.False(File.Exists(Path.Combine(_dir, "t.json")) || File.Exists(Path.Combine(_dir, "c.csv")));
    }

    [Fact]
    [Trait(Traits.Category, Traits.TorchSharp)]
    public void Bench_prints_the_kernel_time_against_torchsharp_without_python()
    {
        (int code, string output, string error) = Adamv.Run("bench", "train", "--only", "adam", "--adam-dimension", "100000", "--repeats", "2", "--no-torch");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("PyTorch: not run (--no-torch).", output, StringComparison.Ordinal);
        Assert.Matches(@"Adam step d=100,000\s+[0-9.E+-]+ ±\d+%\s+[0-9.E+-]+ ±\d+%\s+\d+\.\d\d\s*\n", output);
        Assert.DoesNotContain("≥ 3", output, StringComparison.Ordinal); // the targets are stated against PyTorch, which did not run
        Assert.Matches(@"C# Adam kernel: \d+\.\d GB/s \(28 B per parameter\); a copy of the same floats: \d+\.\d GB/s", output);

        (int alone, string aloneOutput, string aloneError) = Adamv.Run("bench", "train", "--only", "adam", "--adam-dimension", "100000", "--repeats", "1", "--no-torch", "--no-torchsharp");
        Assert.True(alone == ExitCodes.Success, aloneError);
        Assert.DoesNotContain("TorchSharp", aloneOutput, StringComparison.Ordinal);
        Assert.Contains("Adam step d=100,000", aloneOutput, StringComparison.Ordinal);
    }
}
