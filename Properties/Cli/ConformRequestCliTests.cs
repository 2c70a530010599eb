using Adam.Verification.Cli;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Theory.Traces.Mutants;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// conform --request and batteries from the command line: a recorder that rewrites what it was given passes the
/// self-consistency check and fails the request check; a battery is reported request by request, a mismatch names the
/// mutant that reproduces it; fingerprint identifies a recorded battery; mutants lists the kills.
/// </summary>
public sealed class ConformRequestCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-request-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_clipping_recorder_passes_alone_but_conform_request_names_the_first_rewritten_gradient()
    {
        OptimizerTrace request = BatteryCatalogue.Get(BatteryLevel.Quick).Entries[0].Trace;
        string requestFile = Write("request.json", TraceJson.Serialize(request));
        string traceFile = Write("clipped.json", TraceJson.Serialize(MutantCatalogue.Record(MutantCatalogue.Get("clipping-recorder"), request)));

        (int alone, string aloneText, string warning) = Adamv.Run("conform", "--trace", traceFile);
        Assert.True(alone == ExitCodes.Success, aloneText);
        Assert.Contains("warning: no --request", warning, StringComparison.Ordinal);

        (int code, string text, string error) = Adamv.Run("conform", "--trace", traceFile, "--request", requestFile);
        Assert.True(code == ExitCodes.Unexpected, text + error);
        Assert.Contains("AGREES at every step", text, StringComparison.Ordinal);
        Assert.Contains($"DOES NOT ANSWER ITS REQUEST: {traceFile}: $.steps[2].gradient[5]: trace has 1, the request 100", text, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);

        string honest = Write("honest.json", TraceJson.Serialize(ReferenceTrace.Record(TraceVariant.Configure("kingma-ba", request.Hyperparameters), request, "reference", "kingma-ba")));
        (int ok, string okText, _) = Adamv.Run("conform", "--trace", honest, "--request", requestFile);
        Assert.True(ok == ExitCodes.Success, okText);
        Assert.Contains("answers its request", okText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_battery_is_reported_per_request_and_a_mismatch_names_the_mutant_that_reproduces_it()
    {
        TraceBattery battery = BatteryCatalogue.Get(BatteryLevel.Standard);
        string requests = Write("battery.json", BatteryJson.Serialize(battery));
        Mutant wrong = MutantCatalogue.Get("wrong-in-16-lane-blocks");
        var recorded = new TraceBattery(battery.Name, [.. battery.Entries.Select(e => e with
        {
            Trace = e.Name == "wide-long" ? MutantCatalogue.Record(wrong, e.Trace)
                : e.Name == "patterns" ? MutantCatalogue.Record(MutantCatalogue.Get("clipping-recorder"), e.Trace)
                : ReferenceTrace.Record(TraceVariant.Configure("kingma-ba", e.Trace.Hyperparameters), e.Trace, "reference", "kingma-ba"),
        })]);
        string traces = Write("recorded.json", BatteryJson.Serialize(recorded));

        (int code, string text, string error) = Adamv.Run("conform", "--trace", traces, "--request", requests, "--variant", "kingma-ba");
        Assert.True(code == ExitCodes.Unexpected, text + error);
        Assert.Contains("request 'wide-long': mutant wrong-in-16-lane-blocks (float64, d = 33, 2000 steps) against preset kingma-ba:", text, StringComparison.Ordinal);
        Assert.Contains("looks like: kingma-ba with ε left out in full 16-wide vector blocks (mutant wrong-in-16-lane-blocks)", text, StringComparison.Ordinal);
        Assert.Contains($"request 'patterns': mutant clipping-recorder", text, StringComparison.Ordinal);
        Assert.Contains($"DOES NOT ANSWER ITS REQUEST: {traces}: $.requests[0].trace.steps[", text, StringComparison.Ordinal);
        Assert.Contains("2 of 6 requests fail: patterns, wide-long", text, StringComparison.Ordinal);

        var renamed = new TraceBattery(battery.Name, [.. recorded.Entries.Select(e => e.Name == "float32" ? e with { Name = "float32-renamed" } : e)]);
        (int unpaired, string unpairedText, _) = Adamv.Run("conform", "--trace", Write("renamed.json", BatteryJson.Serialize(renamed)), "--request", requests, "--variant", "kingma-ba");
        Assert.Equal(ExitCodes.Unexpected, unpaired);
        Assert.DoesNotContain(".trace(", unpairedText, StringComparison.Ordinal);
        Assert.DoesNotContain(".tracerequest", unpairedText, StringComparison.Ordinal);

        var partial = new TraceBattery(battery.Name, [.. recorded.Entries.Where(e => e.Name != "float32")]);
        (int missing, string missingText, _) = Adamv.Run("conform", "--trace", Write("partial.json", BatteryJson.Serialize(partial)), "--request", requests, "--variant", "kingma-ba");
        Assert.Equal(ExitCodes.Unexpected, missing);
        Assert.Contains("request 'float32': NO TRACE answers this request", missingText, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_writes_a_battery_and_identifies_a_recorded_one_by_the_presets_that_match_every_request()
    {
        string battery = Path.Combine(_dir, "standard.json");
        (int written, string text, _) = Adamv.Run("fingerprint", "--battery", "standard", "--decoupled", "--battery-out", battery);
        Assert.True(written == ExitCodes.Success, text);
        Assert.Contains("battery standard, 6 request(s)", text, StringComparison.Ordinal);
        TraceBattery requests = BatteryJson.Read(battery);
        Assert.All(requests.Entries, e => Assert.True(e.Trace.Hyperparameters.Decoupled));

        var recorded = new TraceBattery(requests.Name, [.. requests.Entries.Select(e => e with { Trace = ReferenceTrace.Record(TraceVariant.Configure("adamw", e.Trace.Hyperparameters), e.Trace, "reference adamw", "adamw") })]);
        (int code, string identified, _) = Adamv.Run("fingerprint", "--trace", Write("adamw.json", BatteryJson.Serialize(recorded)));
        Assert.True(code == ExitCodes.Success, identified);
        Assert.Contains("identified on all 6 requests as adamw", identified, StringComparison.Ordinal);

        (int bad, _, string error) = Adamv.Run("fingerprint", "--battery", "huge", "--battery-out", battery);
        Assert.Equal(ExitCodes.BadArguments, bad);
        Assert.DoesNotContain("Adam.Verification", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutants_lists_every_kill_of_the_standard_battery_and_the_survivors_of_the_quick_one()
    {
        (int standard, string text, _) = Adamv.Run("mutants", "--battery", "standard");
        Assert.True(standard == ExitCodes.Success, text);
        int observable = MutantCatalogue.All.Count(m => m.UnobservableInTraces is null);
        Assert.Contains($"battery standard: {observable} of {observable} trace-observable mutants killed", text, StringComparison.Ordinal);
        Assert.Contains("float32-counter", text, StringComparison.Ordinal);

        (int quick, string quickText, _) = Adamv.Run("mutants", "--battery", "quick");
        Assert.Equal(ExitCodes.Unexpected, quick);
        Assert.Contains("wrong-in-16-lane-blocks", quickText, StringComparison.Ordinal);
        Assert.Contains("SURVIVES", quickText, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
