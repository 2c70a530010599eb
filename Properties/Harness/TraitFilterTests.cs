namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Guards the default filter: this test carries the Empirical trait and fails if it ever runs in the default
/// `dotnet test` (it only runs when asked for with Properties/all.runsettings and --filter Category=Empirical).
/// </summary>
public sealed class TraitFilterTests
{
    [Fact]
    [Trait(Traits.Category, Traits.Empirical)]
    public void Empirical_tests_run_only_when_asked_for()
    {
        Assert.True(
            Environment.GetEnvironmentVariable("ADAMV_EXPECT_EMPIRICAL") == "1",
            "an Empirical-trait test ran in the default run: the default.runsettings filter is not applied");
    }
}
