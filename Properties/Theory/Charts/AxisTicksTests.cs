using Adam.Verification.Theory.Charts;

namespace Adam.Verification.Properties.Theory.Charts;

/// <summary>Axis ticks are round numbers: steps 1, 2 or 5 × 10^k, decades labelled 10ᵏ, minor ticks 2…9 × 10ᵏ.</summary>
public sealed class AxisTicksTests
{
    [Theory]
    [InlineData(0.98, 4, 0.2)]
    [InlineData(1.0, 5, 0.2)]
    [InlineData(30, 5, 5)]
    [InlineData(22, 5, 5)]
    [InlineData(0.0007, 5, 0.0001)]
    [InlineData(1234, 4, 500)]
    public void The_step_is_one_two_or_five_times_a_power_of_ten(double span, int count, double expected)
    {
        Assert.Equal(expected, AxisTicks.Step(span, count), 12);
        double mantissa = AxisTicks.Step(span, count) / Math.Pow(10, Math.Floor(Math.Log10(AxisTicks.Step(span, count))));
        Assert.Contains(Math.Round(mantissa, 9), new[] { 1.0, 2.0, 5.0 });
    }

    [Fact]
    public void Linear_ticks_cover_the_data_with_round_labels()
    {
        (double min, double max, IReadOnlyList<double> ticks) = AxisTicks.Linear(0.011, 0.98, 4);
        Assert.Equal(0, min);
        Assert.Equal(1, max, 12);
        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1"], ticks.Select(AxisTicks.Label));
        Assert.Equal([0, 5, 10, 15, 20, 25, 30], AxisTicks.Counts(30));
        Assert.Equal([0, 20, 40, 60, 80, 100], AxisTicks.Counts(100));
        Assert.Equal([0, 5, 10, 15, 20], AxisTicks.Counts(22));
        Assert.Equal([0], AxisTicks.Counts(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AxisTicks.Step(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AxisTicks.Step(double.MaxValue));

        // Floating-point residue neither adds a step at the ends nor shows in a label.
        (double lo, double hi, IReadOnlyList<double> tenths) = AxisTicks.Linear(0.3, 1.1, 8);
        Assert.Equal((0.3, 1.1), (lo, hi));
        Assert.Equal(["0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1", "1.1"], tenths.Select(AxisTicks.Label));
        Assert.Equal(["123456.2", "123456.4", "123456.6", "123456.8"], AxisTicks.Linear(123456.2, 123456.8, 3).Ticks.Select(AxisTicks.Label));
    }

    [Fact]
    public void Log_axes_label_decades_and_mark_minor_ticks()
    {
        Assert.Equal("10⁻³", AxisTicks.Decade(-3));
        Assert.Equal("10²", AxisTicks.Decade(2));
        Assert.Equal("1", AxisTicks.Decade(0));
        IReadOnlyList<double> minor = AxisTicks.LogMinor(-2, 0);
        Assert.Equal(16, minor.Count);
        Assert.Equal(Math.Log10(0.02), minor[0], 12);
        Assert.Equal(Math.Log10(0.9), minor[^1], 12);
    }
}
