namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>One request of a battery (or, in a recorded battery, the trace that answers it), with its name and what it exercises.</summary>
/// <param name="Name">A name unique in the battery (the key that pairs a recorded trace with its request).</param>
/// <param name="Purpose">What the request exercises, in words.</param>
/// <param name="Trace">The request, or the recorded trace.</param>
public sealed record BatteryEntry(string Name, string Purpose, OptimizerTrace Trace);
