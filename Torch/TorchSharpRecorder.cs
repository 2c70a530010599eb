using Adam.Verification.Theory.Traces;
using Adam.Verification.Theory.Traces.Batteries;
using Adam.Verification.Torch.Native;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Adam.Verification.Torch;

/// <summary>
/// Gradient replay in process through TorchSharp: one parameter tensor initialised to the request's x0, each step's
/// α_t set on every parameter group and the request's gradient assigned to <c>.grad</c>, then <c>step()</c>; the trace
/// records what TorchSharp held — x0 and each step's gradient and α_t read back from its tensors and parameter group —
/// the parameters after the step and the state the optimizer keeps under Adam's names (exp_avg → m, exp_avg_sq → v,
/// max_exp_avg_sq → v̂max). The hyper-parameters in the header are the request's, with the optimizer's own flags. Runs on the CPU, single-threaded, so traces are reproducible.
/// </summary>
public static class TorchSharpRecorder
{
    private static readonly Lock Gate = new();
    private static bool _initialised;

    /// <summary>TorchSharp's version and the LibTorch it runs on, e.g. "TorchSharp 0.107.0 (LibTorch 2.10.0)".</summary>
    public static string Version
    {
        get
        {
            Initialise();
            return $"TorchSharp {typeof(torch).Assembly.GetName().Version?.ToString(3)} (LibTorch {torch.__version__})";
        }
    }

    /// <summary>
    /// Records <paramref name="optimizer"/> answering <paramref name="request"/> in <paramref name="dtype"/> (float64 or
    /// float32; null: the request's own dtype, which must be one of those).
    /// </summary>
    /// <param name="optimizer">The optimizer.</param>
    /// <param name="request">The request.</param>
    /// <param name="dtype">float64 or float32; null: the request's own dtype.</param>
    /// <param name="feed">
    /// What is assigned to <c>.grad</c>, given the request's gradient (null: the gradient itself). Tests plant a
    /// faulty adapter through it (a clipping feed), which the trace then shows, since the gradient is read back.
    /// </param>
    public static OptimizerTrace Record(TorchSharpOptimizer optimizer, OptimizerTrace request, string? dtype = null, Func<double[], double[]>? feed = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(request);
        string recorded = dtype ?? request.Dtype;
        ScalarType type = recorded switch
        {
            "float64" => ScalarType.Float64,
            "float32" => ScalarType.Float32,
            _ => throw new ArgumentException($"TorchSharp replays float64 or float32, not '{recorded}'."),
        };
        Initialise();
        using var scope = NewDisposeScope();
        var parameter = new Parameter(tensor(request.Initial, dtype: type));
        double[] initial = Values(parameter)!;
        using optim.Optimizer opt = optimizer.Create([parameter], request.Hyperparameters);
        var steps = new List<TraceStep>(request.Steps.Count);
        foreach (TraceStep s in request.Steps)
        {
            using var stepScope = NewDisposeScope();
            foreach (optim.ILearningRateController group in opt.ParamGroups)
            {
                group.LearningRate = s.Lr;
            }

            parameter.grad = tensor(feed is null ? s.Gradient : feed(s.Gradient), dtype: type);
            opt.step();
            (Tensor? m, Tensor? v, Tensor? vMax) = AdamState(opt);

            // What TorchSharp held, read back from it (not copied from the request): the gradient in .grad and the
            // group's learning rate after the step, so that conform --request checks what was actually fed.
            steps.Add(new TraceStep(s.T, opt.ParamGroups.First().LearningRate, Values(parameter.grad)!, Values(parameter), Values(m), Values(v), optimizer.AmsGrad ? Values(vMax) : null));
        }

        return new OptimizerTrace($"{Version} {optimizer.Name}", optimizer.Preset, optimizer.Header(request.Hyperparameters), recorded, initial, steps);
    }

    /// <summary>Records every request of <paramref name="battery"/> (see <see cref="Record(TorchSharpOptimizer, OptimizerTrace, string?, Func{double[], double[]}?)"/>).</summary>
    public static TraceBattery Record(TorchSharpOptimizer optimizer, TraceBattery battery, string? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(battery);
        return battery with { Entries = [.. battery.Entries.Select(e => e with { Trace = Record(optimizer, e.Trace, dtype) })] };
    }

    /// <summary>Loads TorchSharp once (after <see cref="NativeFix.Prepare"/>) and pins LibTorch to one thread.</summary>
    public static void Initialise()
    {
        lock (Gate)
        {
            if (_initialised)
            {
                return;
            }

            NativeFix.Prepare();
            torch.set_num_threads(1);
            _initialised = true;
        }
    }

    private static (Tensor? M, Tensor? V, Tensor? VMax) AdamState(optim.Optimizer opt)
    {
        if (opt is not OptimizerHelper helper || helper.state_dict().State is not [var state, ..])
        {
            return (null, null, null);
        }

        return state switch
        {
            TorchSharp.Modules.Adam.State a => (a.exp_avg, a.exp_avg_sq, a.max_exp_avg_sq),
            AdamW.State w => (w.exp_avg, w.exp_avg_sq, w.max_exp_avg_sq),
            NAdam.State n => (n.exp_avg, n.exp_avg_sq, null),
            RAdam.State r => (r.exp_avg, r.exp_avg_sq, null),
            _ => (null, null, null),
        };
    }

    private static double[]? Values(Tensor? t) =>
        t is null || t.IsInvalid ? null : t.detach().to_type(ScalarType.Float64).data<double>().ToArray();
}
