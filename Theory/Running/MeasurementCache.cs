using System.Collections.Concurrent;

namespace Adam.Verification.Theory.Running;

/// <summary>
/// Measurements computed once per process and shared: a claim's runs and the report figure drawn from them are one
/// computation. Values are deterministic functions of their key (seed, sizes), so sharing changes no result. At most
/// <see cref="Capacity"/> entries are kept; beyond that the cache starts afresh (a seed sweep does not grow it without bound).
/// </summary>
public static class MeasurementCache
{
    /// <summary>The most entries kept.</summary>
    public const int Capacity = 64;

    private static readonly ConcurrentDictionary<string, Lazy<object>> Entries = new(StringComparer.Ordinal);

    /// <summary>The value for <paramref name="key"/>, computed by <paramref name="compute"/> the first time (once, even when asked concurrently).</summary>
    public static T GetOrAdd<T>(string key, Func<T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        if (Entries.Count >= Capacity)
        {
            Entries.Clear();
        }

        Lazy<object> entry = Entries.GetOrAdd(key, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)entry.Value;
        }
        catch
        {
            // A failed computation is not kept: the next caller computes again (and sees the error itself).
            Entries.TryRemove(new KeyValuePair<string, Lazy<object>>(key, entry));
            throw;
        }
    }
}
