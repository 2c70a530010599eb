using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Properties.Theory.Running;

/// <summary>
/// A claim's measurement is computed once per process and shared with the report figure drawn from it; the shared value
/// is the one a fresh computation gives, and a failed computation is not kept.
/// </summary>
public sealed class MeasurementCacheTests
{
    [Fact]
    public void A_value_is_computed_once_and_a_failure_is_not_kept()
    {
        string key = $"test/{Guid.NewGuid()}";
        int calls = 0;
        string first = MeasurementCache.GetOrAdd(key, () => { calls++; return "value"; });
        Assert.Same(first, MeasurementCache.GetOrAdd(key, () => { calls++; return "other"; }));
        Assert.Equal(1, calls);

        string failing = $"test/{Guid.NewGuid()}";
        Assert.Throws<InvalidOperationException>(() => MeasurementCache.GetOrAdd<string>(failing, () => throw new InvalidOperationException("once")));
        Assert.Equal("second", MeasurementCache.GetOrAdd(failing, () => "second"));
    }

    [Fact]
    public void The_rate_figure_shares_the_claims_runs_which_equal_a_fresh_measurement()
    {
        const ulong Seed = 4242;
        var shared = AdamRateQuarterClaim.Measurements(Seed, 2);
        Assert.Same(shared, AdamRateQuarterClaim.Measurements(Seed, 2));
        var studies = AdamRateQuarterClaim.Studies(Seed);
        for (int i = 0; i < studies.Count; i++)
        {
            RateMeasurement fresh = studies[i].Measure(AdamRateQuarterClaim.Horizons, 2, SeededRandom.DeriveSeed(Seed, (ulong)i));
            Assert.Equal(fresh.Fit.Slope, shared[i].Measurement.Fit.Slope);
            Assert.Equal(studies[i].Objective.Name, shared[i].Name);
        }
    }
}
