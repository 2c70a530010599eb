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
    /// <summary>The network forms that state only the part of their claim that carries over to networks (reviewed one by one).</summary>
    private static readonly string[] PartialNetworkForms = ["summable-steps-stall@networks"];

    /// <summary>Every catalogue id.</summary>
    public static TheoryData<string> Ids => [.. Catalogue.All().Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_claim_reaches_its_expected_verdict_and_every_planted_fault_flips_it(string id)
    {
        IClaim claim = Catalogue.All().Single(c => c.Id == id);
        var settings = new ClaimRunSettings(BudgetLevel.Quick, PropertySeeds.SuiteSeed());
        ClaimResult result = claim.Check(settings);
        Assert.True(result.AsExpected, ReplayLine.Line(result, BudgetLevel.Quick));
        Assert.NotEmpty(claim.PlantedFaults);

        Verdict flipped = claim.ExpectedVerdict == Verdict.Held ? Verdict.Refuted : Verdict.Held;
        foreach (PlantedFault fault in claim.PlantedFaults)
        {
            IClaim faulted = fault.Claim();
            Assert.Equal(claim.Definition with { Fault = fault.ToString() }, faulted.Definition);
            ClaimResult r = faulted.Check(settings with { CasesOverride = fault.Cases });
            Assert.True(r.Verdict == flipped, $"planted fault '{fault}' left the verdict at {r.Verdict} (must flip to {flipped}); seed {settings.Seed}; replay: ADAMV_SEED={settings.Seed} dotnet test --filter \"{nameof(PlantedFaultRegistryTests)}\". Evidence: {r.Evidence}");
        }
    }

    [Fact]
    public void Every_definition_is_well_formed_and_its_results_describe_it()
    {
        IReadOnlyList<IClaim> all = Catalogue.All();
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (ClaimDefinition d in all.Select(c => c.Definition))
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*(@networks)?$", d.Id);
            Assert.True(!d.Id.EndsWith("@networks", StringComparison.Ordinal) || d.Objectives == ObjectiveKind.Networks, $"{d.Id} is named as a network form but runs on {d.Objectives}");
            Assert.Null(d.Fault);
            Assert.Equal(d.Presets.Count, d.Presets.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
            Assert.True(d.Presets.Count > 0 || d.Variant.StartsWith("not optimizer-specific", StringComparison.Ordinal), $"{d.Id} names no preset of the registry");
            Assert.All(new[] { d.Statement, d.Hypotheses, d.Variant, d.Citation.Source, d.Citation.Location, d.Citation.Provenance }, t => Assert.False(string.IsNullOrWhiteSpace(t), $"{d.Id} has an empty field"));
            Assert.True(d.Cases.Quick >= 1 && d.Cases.Quick <= d.Cases.Standard && d.Cases.Standard <= d.Cases.Thorough, $"{d.Id}: cases {d.Cases} are not ≥ 1 and non-decreasing by budget");
        }
    }

    [Fact]
    public void Every_claim_states_how_it_applies_to_networks_and_the_checked_ones_run_there()
    {
        IReadOnlyList<IClaim> all = Catalogue.All();
        foreach (ClaimDefinition d in all.Select(c => c.Definition).Where(d => d.Objectives == ObjectiveKind.Analytic))
        {
            NetworkApplicability networks = Assert.IsType<NetworkApplicability>(d.Networks, exactMatch: true);
            bool hasNetworkForm = all.Any(c => c.Id == d.Id + ClaimDefinition.NetworksSuffix);
            bool runs = networks.Use == NetworkUse.Checked || (networks.Use == NetworkUse.Estimated && !networks.Reason.Contains("no network cases run yet", StringComparison.Ordinal));
            Assert.True(hasNetworkForm == runs, $"{d.Id}: network use {networks}, but a network form {(hasNetworkForm ? "is" : "is not")} in the catalogue");
            Assert.True(!hasNetworkForm || networks.Reason.StartsWith(d.Id + ClaimDefinition.NetworksSuffix + ":", StringComparison.Ordinal), $"{d.Id}: the reason names the network form");
            Assert.True(runs || networks.Reason.Contains("no network cases run yet", StringComparison.Ordinal) || networks.Use == NetworkUse.NotApplicable, $"{d.Id}: a claim that does not run on networks says so");
        }

        // A network form (ID@networks) is its analytic claim given the network family; a claim stated for networks only
        // has its own id and says so.
        foreach (ClaimDefinition d in all.Select(c => c.Definition).Where(d => d.Objectives == ObjectiveKind.Networks && d.BaseId == d.Id))
        {
            Assert.Equal(NetworkUse.Checked, d.Networks?.Use);
            Assert.Contains("runs only on generated networks", d.Networks!.Reason, StringComparison.Ordinal);
        }

        foreach (ClaimDefinition d in all.Select(c => c.Definition).Where(d => d.Objectives == ObjectiveKind.Networks && d.BaseId != d.Id))
        {
            ClaimDefinition analytic = all.Single(c => c.Id == d.BaseId).Definition;
            if (analytic.Networks!.Use == NetworkUse.Estimated)
            {
                // Under an estimated constant the statement and the variant say what replaces what, and every verdict is qualified.
                Assert.Equal(analytic with { Id = d.Id, Objectives = d.Objectives, Hypotheses = d.Hypotheses, Cases = d.Cases, Statement = d.Statement, Variant = d.Variant, Qualifier = d.Qualifier }, d);
                Assert.StartsWith(analytic.Statement, d.Statement, StringComparison.Ordinal);
                Assert.StartsWith(analytic.Variant, d.Variant, StringComparison.Ordinal);
                Assert.StartsWith("under estimated ", d.Qualifier, StringComparison.Ordinal);
            }
            else
            {
                // Checked: the same statement, or, where only part of it carries over to networks, that part, stated
                // "On a network, …", with the analytic reason naming what stays analytic.
                Assert.Equal(analytic with { Id = d.Id, Objectives = d.Objectives, Hypotheses = d.Hypotheses, Cases = d.Cases, Statement = d.Statement }, d);
                Assert.Null(d.Qualifier);
                if (d.Statement != analytic.Statement)
                {
                    // Reviewed one by one: the partial network forms, each keeping every hypothesis but the analytic
                    // construction's last one (summable-steps-stall: the start's offsets from the pseudo-Huber centre).
                    Assert.Contains(d.Id, PartialNetworkForms);
                    Assert.StartsWith("On a network, ", d.Statement, StringComparison.Ordinal);
                    Assert.Contains("stays analytic", analytic.Networks!.Reason, StringComparison.Ordinal);
                    string[] clauses = analytic.Hypotheses.Split("; ");
                    Assert.StartsWith(string.Join("; ", clauses[..^1]) + ";", d.Hypotheses, StringComparison.Ordinal);
                    continue;
                }
            }

            Assert.StartsWith(analytic.Hypotheses, d.Hypotheses, StringComparison.Ordinal);
        }

        // Every listed partial form exists and is partial (a renamed or completed form leaves the list).
        foreach (string id in PartialNetworkForms)
        {
            ClaimDefinition d = all.Single(c => c.Id == id).Definition;
            Assert.NotEqual(all.Single(c => c.Id == d.BaseId).Definition.Statement, d.Statement);
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
