using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Theory.Traces.Mutants;

namespace Adam.Verification.Properties.Theory.Traces;

/// <summary>
/// docs/schemas describe what the suite writes: every battery level and flavour, recorded batteries and traces (the
/// reference and every mutant), and the schemas reject what the readers reject. (The Torch and Python tests validate
/// what tools/torch_replay.py and tools/adamv_record.py write.)
/// </summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData(BatteryLevel.Quick, false, false)]
    [InlineData(BatteryLevel.Standard, true, false)]
    [InlineData(BatteryLevel.Standard, false, true)]
    [InlineData(BatteryLevel.Quick, true, true)]
    public void Every_battery_the_suite_writes_matches_the_battery_schema_and_its_requests_the_request_schema(BatteryLevel level, bool amsGrad, bool decoupled)
    {
        TraceBattery battery = BatteryCatalogue.Get(level, amsGrad, decoupled);
        Assert.Empty(Schemas.Errors(BatteryJson.Serialize(battery), "battery"));
        foreach (BatteryEntry e in battery.Entries)
        {
            Assert.Empty(Schemas.Errors(TraceJson.Serialize(e.Trace), "request"));
            Assert.NotEmpty(Schemas.Errors(TraceJson.Serialize(e.Trace), "trace"));
        }
    }

    [Fact]
    public void Recorded_traces_and_batteries_match_the_trace_and_battery_schemas()
    {
        TraceBattery thorough = BatteryCatalogue.Get(BatteryLevel.Thorough);
        Assert.Empty(Schemas.Errors(BatteryJson.Serialize(thorough), "battery"));
        TraceBattery battery = BatteryCatalogue.Get(BatteryLevel.Standard);
        foreach (Mutant mutant in MutantCatalogue.All.Where(m => m.Preset == "kingma-ba").Take(5).Append(new Mutant("none", "none", "kingma-ba", [])))
        {
            var recorded = new TraceBattery(battery.Name, [.. battery.Entries.Select(e => e with { Trace = MutantCatalogue.Record(mutant, e.Trace) })]);
            Assert.Empty(Schemas.Errors(BatteryJson.Serialize(recorded), "battery"));
            Assert.Empty(Schemas.Errors(TraceJson.Serialize(recorded.Entries[0].Trace), "trace"));
            Assert.NotEmpty(Schemas.Errors(TraceJson.Serialize(recorded.Entries[0].Trace), "request"));
        }
    }

    [Theory]
    [InlineData("""{"format":"adamv-battery/1","battery":"x","requests":[]}""", "battery")]
    [InlineData("""{"format":"adamv-battery/2","battery":"x","requests":[{"name":"a","trace":{}}]}""", "battery")]
    [InlineData("""{"format":"adamv-battery/1","battery":"x","requests":[{"name":"a","trace":{"format":"adamv-trace/1","implementation":"r","dtype":"float64","hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":-1,"amsgrad":false,"decoupled":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}}]}""", "battery")]
    [InlineData("""{"format":"adamv-trace/1","implementation":"r","variant":null,"dtype":"float64","hyperparameters":{"lr":0.1,"beta1":1,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false,"decoupled":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}""", "request")]
    [InlineData("""{"format":"adamv-trace/1","implementation":"r","dtype":"float8","hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false,"decoupled":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}""", "request")]
    [InlineData("""{"format":"adamv-trace/1","implementation":"r","dtype":"float64","hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}""", "request")]
    [InlineData("""{"format":"adamv-trace/1","implementation":"r","dtype":"float64","loss":1,"hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false,"decoupled":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}""", "request")]
    [InlineData("""{"format":"adamv-trace/1","implementation":"r","dtype":"float64","hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false,"decoupled":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1],"parameters":[0.9],"loss":1}]}""", "trace")]
    [InlineData("""{"format":"adamv-trace/1","implementation":"r","dtype":"float64","hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false,"decoupled":false,"momentum":0},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}""", "request")]
    [InlineData("""{"format":"adamv-battery/1","battery":"x","requests":[{"name":"a","note":"x","trace":{"format":"adamv-trace/1","implementation":"r","dtype":"float64","hyperparameters":{"lr":0.1,"beta1":0.9,"beta2":0.9,"eps":0,"weight_decay":0,"amsgrad":false,"decoupled":false},"initial":[1],"steps":[{"t":1,"lr":0.1,"gradient":[1]}]}}]}""", "battery")]
    public void The_schemas_reject_what_the_readers_reject(string json, string schema)
    {
        Assert.NotEmpty(Schemas.Errors(json, schema));
        Assert.Throws<TraceFormatException>(() => BatteryJson.Parse(json, "inline.json"));
    }
}
