using Adam.Verification.Cli.Reporting;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The live status line of verify: what it says (runs done, running claims, elapsed, the estimate of the time left)
/// and that it draws nothing where stderr is not a terminal, so captured and redirected output is the closing lines alone.
/// </summary>
public sealed class RunStatusTests
{
    [Fact]
    public void The_line_counts_runs_names_the_running_ones_and_estimates_the_time_left()
    {
        string line = RunStatus.Text(3, 10, [("sign-ratio-bound", 1200), ("reddi-period3", 0)], TimeSpan.FromSeconds(6), parallel: 2);
        Assert.Equal("  [3/10] sign-ratio-bound (1200), reddi-period3 · 6.0 s · about 14.0 s left", line);

        // Four or more running: three named and a count.
        string many = RunStatus.Text(0, 10, [("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)], TimeSpan.FromSeconds(1), parallel: 5);
        Assert.Equal("  [0/10] a (1), b (2), c (3) and 2 more · 1.0 s · time left: estimating", many);
    }

    [Theory]
    [InlineData(0, 10, 5.0, 1, "time left: estimating")]
    [InlineData(5, 10, 5.0, 1, "about 5.0 s left")]
    [InlineData(2, 10, 4.0, 2, "about 16.0 s left")]
    [InlineData(1, 100, 30.0, 1, "about 49 min 30 s left")]
    [InlineData(10, 10, 9.0, 1, "finishing")]
    public void The_estimate_is_the_time_per_finished_run_times_the_runs_left_over_the_runs_at_once(int finished, int total, double seconds, int parallel, string expected) =>
        Assert.Equal(expected, RunStatus.Left(finished, total, TimeSpan.FromSeconds(seconds), parallel));

    [Fact]
    public void Nothing_is_drawn_on_a_writer_that_is_not_the_terminal()
    {
        using var error = new StringWriter();
        var status = new RunStatus(error, 2, 1);
        Assert.False(status.Live);
        status.Started("a");
        status.Progress("a", 10);
        status.Finished("a", () => error.WriteLine("closing a"));
        status.Close();
        Assert.Equal("closing a" + Environment.NewLine, error.ToString());
    }
}
