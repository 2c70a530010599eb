using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Theory.Traces.Mutants;
using Adam.Verification.Theory.Traces.Mutants.Effects;
using Xunit.Abstractions;

namespace Adam.Verification.Properties.Theory.Traces;

/// <summary>
/// The mutant catalogue: every trace-observable mutant is killed by the standard battery (at the default seed and at
/// other draws of the same design), the quick battery misses the faults it has no request for, the two unobservable
/// mutants are killed by properties, and the literal update under the mutants is itself correct (an effect-free mutant
/// conforms to every preset on every request), so each kill is the planted effect's.
/// </summary>
public sealed class MutantTests(ITestOutputHelper output)
{
    private const long CounterHorizon = CounterFlaw.Float32Stall + 2;

    [Fact]
    public void The_catalogue_has_at_least_thirty_distinct_mutants_each_with_an_effect()
    {
        Assert.True(MutantCatalogue.All.Count >= 30, $"{MutantCatalogue.All.Count} mutants");
        Assert.Equal(MutantCatalogue.All.Count, MutantCatalogue.All.Select(m => m.Id).Distinct().Count());
        Assert.DoesNotContain(MutantCatalogue.All, m => m.IsEmpty);
        Assert.All(MutantCatalogue.All, m => AdamPresets.Get(m.Preset));
    }

    [Theory]
    [InlineData(BatteryCatalogue.DefaultSeed)]
    [InlineData(7UL)]
    [InlineData(4242UL)]
    public void The_standard_battery_kills_every_trace_observable_mutant(ulong seed)
    {
        IReadOnlyList<MutantKill> kills = MutantKills.Evaluate(BatteryLevel.Standard, seed);
        foreach (MutantKill k in kills)
        {
            output.WriteLine($"{k.Mutant.Id} → {(k.Killed ? $"{k.Request}: {k.How}" : "SURVIVES")}");
        }

        Assert.Equal(MutantCatalogue.All.Count(m => m.UnobservableInTraces is null), kills.Count);
        Assert.True(kills.All(k => k.Killed), $"seed {seed}: survivors {string.Join(", ", kills.Where(k => !k.Killed).Select(k => k.Mutant.Id))}; replay: adamv mutants --battery standard --seed {seed}");
    }

    [Fact]
    public void The_quick_battery_misses_exactly_the_faults_it_has_no_request_for()
    {
        // The quick battery is the six-pattern request: constant α, λ = 0.1, default β, d = 6, 60 steps, |g| ≤ 100.
        string[] survivors = [.. MutantKills.Evaluate(BatteryLevel.Quick).Where(k => !k.Killed).Select(k => k.Mutant.Id)];
        string[] expected =
        [
            "lazy-on-zero-gradient", "bias-correction-dropped-after-1000", "gradient-clipped-1e3", "schedule-ignored", "scheduler-not-attached",
            "lr-one-step-late", "counter-reset-on-lr-change", "decay-times-base-lr", "fast-path-without-decay", "wrong-in-8-lane-blocks",
            "wrong-in-16-lane-blocks", "betas-hard-coded", "beta1-zero-read-as-unset", "decay-zero-read-as-unset", "tiny-gradients-flushed",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), survivors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Recorder_mutants_are_consistent_with_themselves_and_killed_only_by_the_request_check()
    {
        TraceBattery battery = BatteryCatalogue.Get(BatteryLevel.Standard);
        foreach (string id in new[] { "clipping-recorder", "scheduler-not-attached", "epsilon-hard-coded-and-reported" })
        {
            Mutant mutant = MutantCatalogue.Get(id);
            bool requestDiffers = false;
            foreach (BatteryEntry e in battery.Entries)
            {
                OptimizerTrace trace = MutantCatalogue.Record(mutant, e.Trace);
                Assert.True(Conformance.Check(trace, TraceVariant.Configure(mutant.Preset, trace.Hyperparameters), mutant.Preset).Agrees, $"{id} on {e.Name}");
                requestDiffers |= RequestCheck.Compare(trace, e.Trace) is not null;
            }

            Assert.True(requestDiffers, id);
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Without_effects_the_mutant_update_conforms_to_every_preset_on_every_request(bool amsGrad, bool decoupled)
    {
        var none = new Mutant("none", "no effect", "kingma-ba", []);
        foreach (BatteryEntry e in BatteryCatalogue.Get(BatteryLevel.Standard, amsGrad, decoupled).Entries)
        {
            foreach (AdamPreset p in AdamPresets.All)
            {
                OptimizerTrace trace = MutantCatalogue.Record(none, p.Name, e.Trace);
                ConformanceReport r = Conformance.Check(trace, TraceVariant.Configure(p.Name, trace.Hyperparameters), p.Name);
                Assert.True(r.Agrees, $"{p.Name} on {e.Name}: {r.FirstMismatch}");
                Assert.Null(RequestCheck.Compare(trace, e.Trace));
            }
        }
    }

    [Fact]
    public void The_unobservable_mutants_are_killed_by_properties_that_a_correct_adam_passes()
    {
        foreach (Mutant mutant in MutantCatalogue.All)
        {
            string? killer = NonFiniteGradientProperty(mutant) ?? StepCounterProperty(mutant);
            if (mutant.UnobservableInTraces is not null)
            {
                Assert.NotNull(killer);
                output.WriteLine($"{mutant.Id} → {killer}");
            }
        }

        Assert.StartsWith("non-finite", NonFiniteGradientProperty(MutantCatalogue.Get("non-finite-gradient-zeroed")), StringComparison.Ordinal);
        Assert.StartsWith("step counter", StepCounterProperty(MutantCatalogue.Get("float32-counter")), StringComparison.Ordinal);
        var correct = new Mutant("none", "no effect", "kingma-ba", []);
        Assert.Null(NonFiniteGradientProperty(correct));
        Assert.Null(StepCounterProperty(correct));
        Assert.Null(NonFiniteGradientProperty(MutantCatalogue.Get("v-not-bias-corrected")));
        Assert.Null(StepCounterProperty(MutantCatalogue.Get("v-not-bias-corrected")));
    }

    private static string? NonFiniteGradientProperty(Mutant mutant)
    {
        var adam = new MutantAdam(mutant, AdamPresets.Get(mutant.Preset).Template, 2, 0.01);
        double[] x = [1, 2];
        try
        {
            adam.Step(x, [0.5, double.NaN], 0.01);
        }
        catch (NonFiniteGradientException)
        {
            return x[0] == 1 && x[1] == 2 && adam.Steps == 0 ? null : "non-finite gradient property (state changed before the throw)";
        }

        return "non-finite gradient property (a NaN gradient was accepted)";
    }

    private static string? StepCounterProperty(Mutant mutant)
    {
        // The counter is a function of the step index, so checking it at the horizon is the same as stepping there.
        var adam = new MutantAdam(mutant, AdamPresets.Get(mutant.Preset).Template, 1, 0);
        adam.Synchronise([0], [0], [0], CounterHorizon - 1);
        double[] x = [0];
        adam.Step(x, [0], 0);
        return adam.Counter == CounterHorizon ? null : $"step counter property (after {CounterHorizon} steps the counter reads {adam.Counter})";
    }
}
