using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Adam.Verification.Empirical.Benchmarks;

namespace Adam.Verification.Empirical.Bridge;

/// <summary>
/// PyTorch as a <see cref="BenchSide"/>: <c>tools/torch_bench.py --serve</c> prepares the workloads once (and warms
/// them up), then times one run per request line, so its repeats interleave with the other sides'. Single-threaded
/// (torch, OpenBLAS, OpenMP and MKL at one thread), with this process's OpenBLAS kernel family.
/// </summary>
public sealed class TorchBenchServer : IDisposable
{
    private readonly Process _process;

    private TorchBenchServer(Process process, string version, IReadOnlyList<string> workloads)
    {
        _process = process;
        Version = version;
        Side = new BenchSide("PyTorch", workloads.ToDictionary(w => w, w => (Func<double>)(() => Time(w)), StringComparer.Ordinal));
    }

    /// <summary>torch.__version__ and its thread count, e.g. "PyTorch 1.13.0a0, 1 thread".</summary>
    public string Version { get; }

    /// <summary>The side to pass to <see cref="InterleavedBench.Run"/>.</summary>
    public BenchSide Side { get; }

    /// <summary>Starts the server for the workloads in <paramref name="only"/> (mlp, lenet, hvp, adam) and waits until it is ready.</summary>
    public static TorchBenchServer Start(string data, string only, int adamDimension)
    {
        var info = new ProcessStartInfo(TorchPython.Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        TorchPython.ConfigureNativeLibraries(info, singleThreaded: true);

        foreach (string argument in new[] { TorchPython.Script("torch_bench.py"), "--serve", "--data", data, "--only", only, "--adam-dimension", adamDimension.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        Process process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {TorchPython.Python}.");
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string? ready = process.StandardOutput.ReadLine();
        if (ready is null)
        {
            process.WaitForExit();
            string last = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "no message";
            process.Dispose();
            throw new InvalidOperationException($"tools/torch_bench.py --serve stopped before it was ready: {last}");
        }

        using JsonDocument doc = JsonDocument.Parse(ready);
        JsonElement root = doc.RootElement;
        string[] workloads = [.. root.GetProperty("ready").EnumerateArray().Select(e => e.GetString()!)];
        return new TorchBenchServer(process, $"PyTorch {root.GetProperty("torch").GetString()}, {root.GetProperty("threads").GetInt32()} thread", workloads);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            _process.StandardInput.WriteLine();
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        catch (IOException)
        {
            // already gone
        }

        _process.Dispose();
    }

    private double Time(string workload)
    {
        _process.StandardInput.WriteLine(workload);
        _process.StandardInput.Flush();
        string line = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"tools/torch_bench.py --serve ended while timing {workload}.");
        using JsonDocument doc = JsonDocument.Parse(line);
        return doc.RootElement.TryGetProperty("seconds", out JsonElement s) ? s.GetDouble() : throw new InvalidOperationException($"tools/torch_bench.py --serve: {line}");
    }
}
