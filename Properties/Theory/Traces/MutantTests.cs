using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Mutants;
using Xunit.Abstractions;

namespace Adam.Verification.Properties.Theory.Traces;

/// <summary>Every mutant is killed by conformance or by a property; the output lists mutant → killing check.</summary>
public sealed class MutantTests(ITestOutputHelper output)
{
    private const long CounterHorizon = (1L << 24) + 2;

    [Fact]
    public void Every_mutant_is_killed_and_the_killing_check_is_listed()
    {
        var survivors = new List<string>();
        var killedBy = new Dictionary<Mutation, string>();
        foreach ((Mutation mutation, string preset) in MutantCatalogue.All)
        {
            var hyper = new TraceHyperparameters(0.01, 0.9, 0.999, 1e-3, 0.05, preset.StartsWith("amsgrad", StringComparison.Ordinal), preset == "adamw");
            OptimizerTrace request = ReferenceTrace.Request(hyper, 4, 60, 11);
            ConformanceReport conformance = Conformance.Check(MutantCatalogue.Record(mutation, preset, request), TraceVariant.Configure(preset, hyper), preset);
            string? killer = conformance.FirstMismatch is { } m ? $"conformance against {preset} ({m})"
                : NonFiniteGradientProperty(mutation, preset, hyper) ?? StepCounterProperty(mutation, preset, hyper);
            if (killer is null)
            {
                survivors.Add(mutation.ToString());
            }
            else
            {
                killedBy[mutation] = killer;
                output.WriteLine($"{mutation} → {killer}");
            }
        }

        Assert.Empty(survivors);
        Assert.Equal(12, killedBy.Count);

        // The two mutants that are right on ordinary finite runs pass conformance: the catalogue's other code is the reference.
        Assert.StartsWith("non-finite", killedBy[Mutation.NonFiniteGradientZeroed], StringComparison.Ordinal);
        Assert.StartsWith("step counter", killedBy[Mutation.Float32StepCounter], StringComparison.Ordinal);
    }

    private static string? NonFiniteGradientProperty(Mutation mutation, string preset, TraceHyperparameters hyper)
    {
        var mutant = new MutantAdam(mutation, TraceVariant.Configure(preset, hyper), 2);
        double[] x = [1, 2];
        try
        {
            mutant.Step(x, [0.5, double.NaN], 0.01);
        }
        catch (NonFiniteGradientException)
        {
            return x[0] == 1 && x[1] == 2 && mutant.T == 0 ? null : "non-finite gradient property (state changed before the throw)";
        }

        return "non-finite gradient property (a NaN gradient was accepted)";
    }

    private static string? StepCounterProperty(Mutation mutation, string preset, TraceHyperparameters hyper)
    {
        var mutant = new MutantAdam(mutation, TraceVariant.Configure(preset, hyper) with { }, 1);
        double[] x = [0];
        double[] g = [0];
        for (long t = 0; t < CounterHorizon; t++)
        {
            mutant.Step(x, g, 0);
        }

        return mutant.T == CounterHorizon ? null : $"step counter property (after {CounterHorizon} steps the counter reads {mutant.T})";
    }
}
