using Adam.Verification.Theory.Traces;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Adam.Verification.Torch;

/// <summary>
/// A TorchSharp optimizer by name: how to build it over one parameter from a request's hyper-parameters, what it
/// writes into the trace's header, and the preset it should conform to (null for optimizers that are not Adam).
/// </summary>
/// <param name="Name">The name on the command line (<c>adam</c>, <c>adamw</c>, <c>amsgrad</c>, …).</param>
/// <param name="Description">The TorchSharp call, in words.</param>
/// <param name="Preset">The preset a correct implementation matches (null: not an Adam; compared with nothing by default).</param>
/// <param name="AmsGrad">Whether the optimizer keeps the AMSGrad maximum (written into the trace's header).</param>
/// <param name="Decoupled">Whether λ is decoupled (written into the trace's header).</param>
/// <param name="Create">Builds the optimizer over the given parameters with the request's hyper-parameters.</param>
public sealed record TorchSharpOptimizer(string Name, string Description, string? Preset, bool AmsGrad, bool Decoupled, Func<IReadOnlyList<Parameter>, TraceHyperparameters, optim.Optimizer> Create)
{
    /// <summary>The header a trace recorded with this optimizer carries: the request's values with this optimizer's flags.</summary>
    public TraceHyperparameters Header(TraceHyperparameters request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with { AmsGrad = AmsGrad, Decoupled = Decoupled };
    }
}
