using Adam.Verification.Counterexamples.NonConvergence;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Counterexamples;

/// <summary>The data laws of the arXiv 2407.08100 claims (their verdicts and planted faults: <see cref="Theory.Claims.PlantedFaultRegistryTests"/>).</summary>
public sealed class NonConvergenceClaimTests
{
    [Fact]
    public void Data_laws_have_their_stated_means()
    {
        var random = new Adam.Verification.Theory.Randomness.SeededRandom(5);
        foreach (DataDistribution law in Enum.GetValues<DataDistribution>())
        {
            double mean = Enumerable.Range(0, 200_000).Average(_ => DataSampler.Draw(law, random));
            Assert.Equal(DataSampler.Mean(law), mean, 2);
        }
    }
}
