namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>
/// Times several implementations of the same workloads with their repeats interleaved: after one warm-up run of
/// each, repeat r runs every workload on every side, the sides in an order rotated by r. A slow spell of the machine
/// then falls on all sides alike instead of on whichever ran during it, so ratios from one run are fair.
/// </summary>
public static class InterleavedBench
{
    /// <summary>The samples by side name and workload, for the workloads each side has among <paramref name="workloads"/>.</summary>
    public static IReadOnlyDictionary<(string Side, string Workload), BenchSamples> Run(IReadOnlyList<BenchSide> sides, IReadOnlyList<string> workloads, int repeats)
    {
        ArgumentNullException.ThrowIfNull(sides);
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var samples = new Dictionary<(string, string), List<double>>();
        foreach (BenchSide side in sides)
        {
            foreach (string w in workloads.Where(side.Runs.ContainsKey))
            {
                side.Runs[w]();
                samples[(side.Name, w)] = [];
            }
        }

        for (int r = 0; r < repeats; r++)
        {
            foreach (string w in workloads)
            {
                for (int k = 0; k < sides.Count; k++)
                {
                    BenchSide side = sides[(k + r) % sides.Count];
                    if (side.Runs.TryGetValue(w, out Func<double>? run))
                    {
                        samples[(side.Name, w)].Add(run());
                    }
                }
            }
        }

        return samples.ToDictionary(p => p.Key, p => new BenchSamples(p.Value));
    }
}
