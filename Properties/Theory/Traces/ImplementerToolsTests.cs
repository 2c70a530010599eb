using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Cli;
using Adam.Verification.Properties.Cli;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Xunit.Abstractions;

namespace Adam.Verification.Properties.Theory.Traces;

/// <summary>
/// The implementer's path end to end with Debian's python3: torch.optim's Adam, AdamW and AMSGrad recorded on the
/// standard battery by tools/torch_replay.py answer every request and conform to their presets; a plain-Python Adam
/// recorded by tools/adamv_record.py conforms, and the same with a planted bug is diagnosed; the pytest example passes.
/// Every file these tools write matches docs/schemas.
/// </summary>
public sealed class ImplementerToolsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-implementer-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void Torch_adam_adamw_and_amsgrad_answer_the_standard_battery_conform_and_are_fingerprinted()
    {
        Assert.True(PythonTorch.Available, $"CI=true but torch is not importable by {PythonTorch.Python}: .ci/run installs python3-torch.");
        string script = Path.Combine(RepositoryRoot.Path, "tools", "torch_replay.py");
        foreach ((string optimizer, string preset, bool amsGrad, bool decoupled, string[] identified) in new[]
        {
            ("adam", "pytorch-adam", false, false, new[] { "kingma-ba", "pytorch-adam" }),
            ("adamw", "adamw", false, true, ["adamw"]),
            ("amsgrad", "amsgrad-pytorch", true, false, ["amsgrad-pytorch"]),
        })
        {
            TraceBattery battery = BatteryCatalogue.Get(BatteryLevel.Standard, amsGrad, decoupled);
            string requests = Path.Combine(_dir, $"battery-{optimizer}.json"), traces = Path.Combine(_dir, $"torch-{optimizer}.json");
            File.WriteAllText(requests, BatteryJson.Serialize(battery));
            (int code, string error) = PythonTorch.Run(script, "--request", requests, "--optimizer", optimizer, "--out", traces);
            Assert.True(code == 0, error);
            Assert.Empty(Schemas.Errors(File.ReadAllText(traces), "battery"));

            TraceBattery recorded = BatteryJson.Read(traces);
            foreach (EntryConformance r in BatteryConformance.Check(recorded, preset, battery))
            {
                Assert.True(r.Agrees, $"{optimizer} on {r.Name}: {r.Report?.FirstMismatch} {r.RequestDifference}");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{optimizer} {r.Name}: largest error {r.Report!.LargestRelativeError:G3} of the tolerance"));
            }

            Assert.Equal(identified, BatteryFingerprint.Identify(recorded).Matches.Order(StringComparer.Ordinal));
        }
    }

    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void A_plain_python_adam_recorded_by_adamv_record_conforms_and_a_planted_bug_is_diagnosed()
    {
        string requests = Path.Combine(_dir, "battery.json");
        File.WriteAllText(requests, BatteryJson.Serialize(BatteryCatalogue.Get(BatteryLevel.Standard)));
        string correct = Record(requests, "correct.json", bug: null);
        Assert.Empty(Schemas.Errors(File.ReadAllText(correct), "battery"));
        (int ok, string text, string err) = Adamv.Run("conform", "--trace", correct, "--request", requests);
        Assert.True(ok == ExitCodes.Success, text + err);
        Assert.Contains("all 6 requests agree and are answered", text, StringComparison.Ordinal);

        string buggy = Record(requests, "buggy.json", bug: "skip-v-correction");
        (int code, string diagnosed, _) = Adamv.Run("conform", "--trace", buggy, "--request", requests);
        Assert.Equal(ExitCodes.Unexpected, code);
        Assert.Contains("looks like: kingma-ba with v not bias-corrected (mutant v-not-bias-corrected)", diagnosed, StringComparison.Ordinal);
    }

    [PytestFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void The_pytest_example_records_torch_and_passes_conform()
    {
        Assert.True(PythonTorch.Run("-c", "import pytest").Code == 0, $"CI=true but pytest is not importable by {PythonTorch.Python}: .ci/run installs python3-pytest.");

        string adamv = Path.Combine(AppContext.BaseDirectory, "adamv.dll");
        var start = new ProcessStartInfo(PythonTorch.Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir };
        foreach (string a in new[] { "-m", "pytest", "-q", "-p", "no:cacheprovider", Path.Combine(RepositoryRoot.Path, "tools", "examples", "test_torch_adam_conforms.py") })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ADAMV"] = $"dotnet \"{adamv}\"";
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        output.WriteLine(stdout);
        Assert.True(process.ExitCode == 0, stdout + stderr.Result);
        Assert.Contains("2 passed", stdout, StringComparison.Ordinal);
    }

    private string Record(string requests, string name, string? bug)
    {
        string path = Path.Combine(_dir, name);
        var start = new ProcessStartInfo(PythonTorch.Python) { RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.Combine(RepositoryRoot.Path, "tools", "examples") };
        foreach (string a in new[] { Path.Combine(RepositoryRoot.Path, "tools", "adamv_record.py"), "--request", requests, "--out", path, "--step", "python_adam:make_step", "--variant", "kingma-ba", "--implementation", "plain-Python Adam" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["PYTHON_ADAM_BUG"] = bug ?? string.Empty;
        using Process process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return path;
    }
}
