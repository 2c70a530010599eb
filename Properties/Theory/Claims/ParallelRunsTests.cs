using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Theory.Claims;

/// <summary>
/// The parallel runner: results come back in index order whatever finishes first, every piece is reported once, the
/// lowest-index failure is rethrown unchanged, and one job is the serial loop.
/// </summary>
public sealed class ParallelRunsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_come_back_in_index_order_and_each_piece_is_reported_once(int jobs)
    {
        var reported = new List<int>();
        int[] results = ParallelRuns.Run(40, jobs, i =>
        {
            Thread.Sleep((40 - i) % 5); // later pieces tend to finish first
            return i * i;
        }, (i, r) => reported.Add(i));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * i), results);
        Assert.Equal(Enumerable.Range(0, 40), reported.Order());
        if (jobs == 1)
        {
            Assert.Equal(Enumerable.Range(0, 40), reported);
        }
    }

    [Fact]
    public void A_start_order_changes_when_pieces_run_and_not_what_comes_back()
    {
        var started = new List<int>();
        int[] order = [5, 3, 0, 1, 2, 4];
        int[] results = ParallelRuns.Run(6, 1, i =>
        {
            started.Add(i);
            return i * 10;
        }, order: order);
        Assert.Equal(order, started);
        Assert.Equal([0, 10, 20, 30, 40, 50], results);
        Assert.Equal([0, 10, 20, 30, 40, 50], ParallelRuns.Run(6, 3, i => i * 10, order: order));
        Assert.Throws<ArgumentException>(() => ParallelRuns.Run(3, 2, i => i, order: [0, 0, 1]));
        Assert.Throws<ArgumentException>(() => ParallelRuns.Run(3, 2, i => i, order: [0, 1]));
    }

    [Fact]
    public void The_lowest_index_failure_is_rethrown_unchanged()
    {
        // Piece 6 fails first (piece 3 is still asleep); the failure reported is piece 3's, the very exception thrown.
        var thrown = new ArgumentException("piece 3");
        var e = Assert.Throws<ArgumentException>(() => ParallelRuns.Run(10, 3, i =>
        {
            if (i == 3)
            {
                Thread.Sleep(300);
                throw thrown;
            }

            return i == 6 ? throw new ArgumentException("piece 6") : i;
        }));
        Assert.Same(thrown, e);
        Assert.Empty(ParallelRuns.Run(0, 2, i => i));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParallelRuns.Run(1, 0, i => i));
    }
}
