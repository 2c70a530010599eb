using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Torch;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// The in-process TorchSharp source of <c>conform</c> and <c>fingerprint</c>: <c>--torchsharp NAME</c> replays a
/// battery (<c>--battery</c>, <c>--seed</c>) or the user's requests (<c>--request</c>) through TorchSharp, optionally
/// in another dtype (<c>--dtype</c>), and can keep what it recorded (<c>--trace-out</c>).
/// </summary>
public sealed class TorchSharpSource
{
    private TorchSharpSource(Option<string?> name, Option<Choice<string?>> dtype, Option<FileInfo?> traceOut)
    {
        Name = name;
        Dtype = dtype;
        TraceOut = traceOut;
    }

    /// <summary><c>--torchsharp NAME</c>.</summary>
    public Option<string?> Name { get; }

    /// <summary><c>--dtype float64|float32</c>.</summary>
    public Option<Choice<string?>> Dtype { get; }

    /// <summary><c>--trace-out FILE</c>.</summary>
    public Option<FileInfo?> TraceOut { get; }

    /// <summary>The three options.</summary>
    public static TorchSharpSource Create()
    {
        var name = new Option<string?>("--torchsharp") { Description = $"Record the traces in process with this TorchSharp optimizer instead of reading --trace: {string.Join(", ", TorchSharpOptimizers.Names)}." };
        Option<Choice<string?>> dtype = ChoiceOption.Create<string?>("--dtype", "With --torchsharp: ask every request in this dtype (float64 or float32; default: each request's own).", [("float64", "float64"), ("float32", "float32")]);
        var traceOut = new Option<FileInfo?>("--trace-out") { Description = "With --torchsharp: also write the recorded trace (or battery) to this file." };
        return new TorchSharpSource(name, dtype, traceOut);
    }

    /// <summary>
    /// Checks <c>--trace-out</c> as a destination (before any work), and that it is not also <paramref name="other"/>
    /// (another output of the same command, e.g. <c>--csv</c>).
    /// </summary>
    public void CheckDestination(ParseResult parse, FileInfo? other)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(TraceOut) is not { } destination)
        {
            return;
        }

        OutputDestination.ForFile(StandardOutput.PathOf(destination), "--trace-out");
        if (other is not null && StandardOutput.PathOf(other) == StandardOutput.PathOf(destination))
        {
            throw new ArgumentException($"--trace-out and --csv both name '{StandardOutput.PathOf(destination)}'; give them different files.");
        }
    }

    /// <summary>
    /// Replays through the named optimizer: <paramref name="requests"/> (read from <paramref name="requestSource"/>)
    /// when given, else the catalogue battery at <paramref name="level"/> and <paramref name="seed"/>; writes
    /// <c>--trace-out</c> when given (call <see cref="CheckDestination"/> first).
    /// </summary>
    public TorchSharpReplay Run(ParseResult parse, TraceBattery? requests, string? requestSource, BatteryLevel level, ulong seed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(output);
        TorchSharpOptimizer optimizer = Optimizer(parse);
        FileInfo? destination = parse.GetValue(TraceOut);
        string? dtype = parse.GetValue(Dtype).Value;
        if (dtype is null && requests?.Entries.FirstOrDefault(e => e.Trace.Dtype is not ("float64" or "float32")) is { } other)
        {
            int k = requests.Entries.ToList().IndexOf(other);
            string path = requests.Entries.Count == 1 && requests.Name == "trace" ? "$.dtype" : string.Create(CultureInfo.InvariantCulture, $"$.requests[{k}].trace.dtype");
            throw new ArgumentException($"{requestSource}: {path} is '{other.Trace.Dtype}', which TorchSharp does not replay; pass --dtype float32 or --dtype float64.");
        }

        TorchSharpReplay replay;
        try
        {
            replay = requests is null ? TorchSharpReplay.Run(optimizer, level, seed, dtype) : TorchSharpReplay.Run(optimizer, requests, dtype);
        }
        catch (NotSupportedException e)
        {
            // The native fix refused (a bridge in the NuGet cache, or a libstdc++ too old for a symbol the bridge calls).
            throw new ArgumentException($"--torchsharp: TorchSharp cannot load here: {AdamvApp.OneLine(e.Message)}", e);
        }

        output.WriteLine($"recorded {replay.Recorded.Entries.Count} request(s) with {TorchSharpRecorder.Version} optim {optimizer.Name} ({optimizer.Description}) in process");
        if (destination is not null)
        {
            OutputSet.WriteFile(StandardOutput.PathOf(destination), replay.Recorded.Entries.Count == 1 && requests is { Name: "trace" } ? Theory.Traces.TraceJson.Serialize(replay.Recorded.Entries[0].Trace) : BatteryJson.Serialize(replay.Recorded), "--trace-out");
            output.WriteLine($"wrote {(StandardOutput.Is(destination) ? "the recording to standard output" : destination.FullName)}");
        }

        return replay;
    }

    /// <summary>The optimizer <c>--torchsharp</c> names.</summary>
    /// <exception cref="ArgumentException">Unknown name (the message names the option and lists the valid ones).</exception>
    public TorchSharpOptimizer Optimizer(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return TorchSharpOptimizers.Get(parse.GetValue(Name)!);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"--torchsharp: {AdamvApp.OneLine(e.Message)}", e);
        }
    }

    /// <summary>Throws when a TorchSharp-only option was given without <c>--torchsharp</c>.</summary>
    public void ForbidWithout(ParseResult parse, string mode) => OptionConflicts.Forbid(parse, mode, Dtype, TraceOut);
}
