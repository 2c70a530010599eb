using Adam.Verification.Cli;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// The line between an instance's domain and a claim's hypotheses: every instance a claim generates (and its JSON round
/// trip) lies in the domain, so <c>check</c> reports a generated case as a finding (exit 0 or 1) and never as bad input;
/// a value outside the domain is refused with the field named.
/// </summary>
public sealed class InstanceDomainTests
{
    /// <summary>Every replayable catalogue id.</summary>
    public static TheoryData<string> Ids => [.. Catalogue.All().Where(c => c is IReplayable).Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_generated_instance_lies_in_its_domain(string id)
    {
        var claim = (IReplayable)Catalogue.Get(id, "test");
        int index = Catalogue.All().Select(c => c.Id).ToList().IndexOf(id);
        var seeds = new SeededRandom(SeededRandom.DeriveSeed(PropertySeeds.SuiteSeed(), (ulong)index));
        for (int i = 0; i < 40; i++)
        {
            ulong caseSeed = seeds.NextUInt64();
            string json = claim.InstanceJson(caseSeed);
            Exception? e = Record.Exception(() => claim.Validate(json));
            Assert.True(e is null, $"{id}: case seed {caseSeed} generates an instance outside its domain: {e?.Message}; {ReplayLine.Test(nameof(InstanceDomainTests))}");
        }
    }

    [Fact]
    public void A_value_outside_the_domain_is_refused_with_its_field_named()
    {
        var claim = (IReplayable)Catalogue.Get("sign-ratio-unbounded-without-hypothesis", "test");
        string json = claim.InstanceJson(1);
        foreach ((string field, string value) in new[] { ("Beta1", "-0.1"), ("Beta2", "1"), ("Epsilon", "-1") })
        {
            string bad = System.Text.RegularExpressions.Regex.Replace(json, $"\"{field}\":[^,]+", $"\"{field}\":{value}");
            Assert.NotEqual(json, bad);
            ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => claim.Validate(bad));
            Assert.Contains(field == "Beta1" ? "β1" : field == "Beta2" ? "β2" : "ε", e.Message, StringComparison.Ordinal);
        }
    }
}
