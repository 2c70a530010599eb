using Adam.Verification.Cli;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// The registry of planted faults, run over the whole catalogue: every claim reaches its expected verdict at the quick
/// budget and the suite seed, declares at least one planted fault, and each fault flips the verdict (Held ↔ Refuted).
/// A claim added to the catalogue is checked here without a test of its own. Failures print the seed and the replay line.
/// </summary>
public sealed class PlantedFaultRegistryTests
{
    /// <summary>Every catalogue id.</summary>
    public static TheoryData<string> Ids => [.. Catalogue.All().Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_claim_reaches_its_expected_verdict_and_every_planted_fault_flips_it(string id)
    {
        IClaim claim = Catalogue.Select(id).Single();
        var settings = new ClaimRunSettings(BudgetLevel.Quick, PropertyRunner.SuiteSeed());
        ClaimResult result = claim.Check(settings);
        Assert.True(result.AsExpected, ReplayLine.Line(result, BudgetLevel.Quick));
        Assert.NotEmpty(claim.PlantedFaults);

        Verdict flipped = claim.ExpectedVerdict == Verdict.Held ? Verdict.Refuted : Verdict.Held;
        foreach (PlantedFault fault in claim.PlantedFaults)
        {
            IClaim faulted = fault.Build();
            Assert.Equal(claim.Id, faulted.Id);
            ClaimResult r = faulted.Check(settings with { CasesOverride = fault.Cases });
            Assert.True(r.Verdict == flipped, $"planted fault '{fault}' left the verdict at {r.Verdict} (must flip to {flipped}); seed {settings.Seed}; replay: ADAMV_SEED={settings.Seed} dotnet test --filter \"{nameof(PlantedFaultRegistryTests)}\". Evidence: {r.Evidence}");
        }
    }

    [Fact]
    public void Every_catalogue_claim_declares_a_fault_in_its_system_under_test()
    {
        foreach (IClaim claim in Catalogue.All())
        {
            Assert.True(claim.PlantedFaults.Count > 0, $"{claim.Id} declares no planted fault");
            Assert.Equal(claim.PlantedFaults.Count, claim.PlantedFaults.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
