using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Torch;

/// <summary>
/// A TorchSharp optimizer put through a battery as an implementer's CI would: the requests (a catalogue battery drawn
/// with the optimizer's AMSGrad and decoupling flags, or the user's), optionally re-asked in another dtype, and the
/// traces TorchSharp records on them.
/// </summary>
/// <param name="Optimizer">The optimizer.</param>
/// <param name="Requests">The requests as answered (in the dtype asked for).</param>
/// <param name="Recorded">The recorded traces, one per request, under the same names.</param>
public sealed record TorchSharpReplay(TorchSharpOptimizer Optimizer, TraceBattery Requests, TraceBattery Recorded)
{
    /// <summary>Replays <paramref name="requests"/> (in <paramref name="dtype"/> when given, else each request's own).</summary>
    public static TorchSharpReplay Run(TorchSharpOptimizer optimizer, TraceBattery requests, string? dtype)
    {
        ArgumentNullException.ThrowIfNull(requests);
        TraceBattery asked = dtype is null ? requests : requests.WithDtype(dtype);
        return new TorchSharpReplay(optimizer, asked, TorchSharpRecorder.Record(optimizer, asked));
    }

    /// <summary>The catalogue battery at <paramref name="level"/> with <paramref name="optimizer"/>'s flags, replayed.</summary>
    public static TorchSharpReplay Run(TorchSharpOptimizer optimizer, BatteryLevel level, ulong seed, string? dtype)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        return Run(optimizer, BatteryCatalogue.Get(level, optimizer.AmsGrad, optimizer.Decoupled, seed), dtype);
    }
}
