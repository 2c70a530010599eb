using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Adam.Verification.Theory.Claims;

/// <summary>
/// Runs independent pieces of work (claims, or claims at seeds) on up to <c>jobs</c> threads and returns their
/// results in index order, so that what is printed or written from them is the serial run's, whatever finished first.
/// Each piece is seeded by its own settings and claims share no mutable state, so a piece computes the same bits on
/// any thread (the engine's OpenBLAS runs one thread per call in any case). Workers take the next piece in start order
/// (index order unless the caller gives one: starting the long pieces first keeps every worker busy to the end) as
/// they free up; the order changes when a piece runs, never what is returned.
/// </summary>
public static class ParallelRuns
{
    /// <summary>
    /// <paramref name="work"/>(i) for i = 0 … <paramref name="count"/> − 1 on up to <paramref name="jobs"/> threads;
    /// <paramref name="finished"/> is called once per piece, one call at a time, in completion order. After a failure no
    /// piece starts; the lowest-index failure among the pieces that ran is rethrown as it was thrown, after every started
    /// piece has stopped (with one job and no start order, that is the first failure of the serial loop).
    /// <paramref name="order"/>, when given, is the order in which pieces start: a permutation of 0 … count − 1.
    /// </summary>
    public static T[] Run<T>(int count, int jobs, Func<int, T> work, Action<int, T>? finished = null, IReadOnlyList<int>? order = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (order is not null && (order.Count != count || !order.Order().SequenceEqual(Enumerable.Range(0, count))))
        {
            throw new ArgumentException($"the start order must be a permutation of 0 … {count - 1}.", nameof(order));
        }

        var results = new T[count];
        var failures = new ConcurrentDictionary<int, ExceptionDispatchInfo>();
        var gate = new Lock();
        int next = -1;
        void Worker()
        {
            for (int k = Interlocked.Increment(ref next); k < count && failures.IsEmpty; k = Interlocked.Increment(ref next))
            {
                int i = order is null ? k : order[k];
                try
                {
                    results[i] = work(i);
                    lock (gate)
                    {
                        finished?.Invoke(i, results[i]);
                    }
                }
#pragma warning disable CA1031 // Captured and rethrown, unchanged, on the calling thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures[i] = ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        if (jobs == 1 || count <= 1)
        {
            Worker();
        }
        else
        {
            Thread[] threads = [.. Enumerable.Range(0, Math.Min(jobs, count)).Select(_ => new Thread(Worker, 16 * 1024 * 1024) { IsBackground = true })];
            foreach (Thread t in threads)
            {
                t.Start();
            }

            foreach (Thread t in threads)
            {
                t.Join();
            }
        }

        if (!failures.IsEmpty)
        {
            failures[failures.Keys.Min()].Throw();
        }

        return results;
    }
}
