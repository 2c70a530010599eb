namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// A named set of requests (<c>adamv-battery/1</c>), or the traces recorded on them. A single <c>adamv-trace/1</c>
/// file reads as a battery of one entry named "trace".
/// </summary>
/// <param name="Name">The battery's name (quick, standard, thorough, or the user's).</param>
/// <param name="Entries">The requests or traces, each with a unique name.</param>
public sealed record TraceBattery(string Name, IReadOnlyList<BatteryEntry> Entries)
{
    /// <summary>The format tag written and required.</summary>
    public const string FormatTag = "adamv-battery/1";

    /// <summary>The entry named <paramref name="name"/>, or null.</summary>
    public BatteryEntry? Find(string name) => Entries.FirstOrDefault(e => e.Name == name);

    /// <summary>
    /// The same requests asking for <paramref name="dtype"/> (a float32 request is answered in float32 storage; its
    /// initial point and gradients are compared after rounding to float32).
    /// </summary>
    public TraceBattery WithDtype(string dtype) =>
        OptimizerTrace.Dtypes.Contains(dtype)
            ? this with { Entries = [.. Entries.Select(e => e with { Trace = e.Trace with { Dtype = dtype } })] }
            : throw new ArgumentException($"unknown dtype '{dtype}'; valid: {string.Join(", ", OptimizerTrace.Dtypes)}.");

    /// <summary>Total gradient values over every entry (d × steps summed): the battery's size.</summary>
    public long Values => Entries.Sum(e => (long)e.Trace.Dimension * e.Trace.Steps.Count);
}
