using System.Text.Json.Nodes;
using Adam.Verification.Cli;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// Saved cases are self-contained (docs/instances.md): an instance a claim writes holds its objective and its finite sum
/// in full, so replaying it does not use the generator (changing the objective seed changes nothing), and a file in the
/// older form (family + seed only) still loads and replays to the same outcome, bit for bit.
/// </summary>
public sealed class ExplicitInstanceTests
{
    /// <summary>The replayable claims whose instances name a generated objective (they have an ObjectiveSeed field).</summary>
    public static TheoryData<string> Ids => [.. GeneratedObjectiveIds()];

    [Fact]
    public void The_generated_objectives_are_found()
    {
        string[] ids = GeneratedObjectiveIds();
        Assert.Contains("constant-step-bound-corrected", ids);
        Assert.Contains("stochastic-constant-step", ids);
        Assert.Contains("lipschitz-estimate-below-k", ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_written_instance_replays_without_the_generator_and_the_old_form_replays_the_same(string id)
    {
        var claim = (IReplayable)Catalogue.Get(id, "test");
        int index = Catalogue.All().Select(c => c.Id).ToList().IndexOf(id);
        var seeds = new SeededRandom(SeededRandom.DeriveSeed(PropertySeeds.SuiteSeed(), 7_000 + (ulong)index));
        for (int i = 0; i < 3; i++)
        {
            ulong caseSeed = seeds.NextUInt64();
            string json = claim.InstanceJson(caseSeed);
            JsonObject written = JsonNode.Parse(json)!.AsObject();
            Assert.True(Has(written, "ObjectiveParameters"), $"{id}: case {caseSeed} does not write its objective out: {json}");
            if (Has(written, "Components"))
            {
                Assert.True(written.ContainsKey("Scales") || written.ContainsKey("Weights"), $"{id}: case {caseSeed} does not write its components out");
            }

            ReplayOutcome replayed = claim.Replay(json);
            ReplayOutcome reseeded = claim.Replay(Reseeded(written).ToJsonString());
            ReplayOutcome old = claim.Replay(OldForm(written).ToJsonString());
            string where = $"{id}, case seed {caseSeed}; {ReplayLine.Test(nameof(ExplicitInstanceTests))}";
            Assert.True(Same(replayed, reseeded), $"{where}: the written-out case depends on its objective seed");
            Assert.True(Same(replayed, old), $"{where}: the old form (family + seed) replays differently: {old.Outcome?.Detail} vs {replayed.Outcome?.Detail}");
        }
    }

    private static string[] GeneratedObjectiveIds() =>
        [.. Catalogue.All().Where(c => c is IReplayable r && r.InstanceJson(1).Contains("\"ObjectiveSeed\"", StringComparison.Ordinal)).Select(c => c.Id)];

    private static bool Same(ReplayOutcome a, ReplayOutcome b) =>
        a.Description == b.Description && a.UnmetHypothesis == b.UnmetHypothesis
        && a.Outcome?.Holds == b.Outcome?.Holds && a.Outcome?.Detail == b.Outcome?.Detail
        && BitConverter.DoubleToInt64Bits(a.Outcome?.Observable ?? 0) == BitConverter.DoubleToInt64Bits(b.Outcome?.Observable ?? 0);

    private static bool Has(JsonNode? node, string field) => node switch
    {
        JsonObject o => o.ContainsKey(field) || o.Any(p => Has(p.Value, field)),
        _ => false,
    };

    /// <summary>Every ObjectiveSeed replaced by another number.</summary>
    private static JsonObject Reseeded(JsonObject instance)
    {
        var copy = (JsonObject)instance.DeepClone();
        Visit(copy, o =>
        {
            if (o.ContainsKey("ObjectiveSeed"))
            {
                o["ObjectiveSeed"] = 12345;
            }
        });
        return copy;
    }

    /// <summary>The form written before objectives were saved: no ObjectiveParameters, no Scales or Weights of a sum.</summary>
    private static JsonObject OldForm(JsonObject instance)
    {
        var copy = (JsonObject)instance.DeepClone();
        Visit(copy, o => o.Remove("ObjectiveParameters"));
        copy.Remove("Scales");
        copy.Remove("Weights");
        return copy;
    }

    private static void Visit(JsonObject o, Action<JsonObject> act)
    {
        act(o);
        foreach (JsonObject child in o.Select(p => p.Value).OfType<JsonObject>().ToList())
        {
            Visit(child, act);
        }
    }
}
