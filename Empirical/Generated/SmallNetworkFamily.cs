using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Generated;

/// <summary>
/// The generated family of small smooth networks (<see cref="SmallNetworkSpec"/>): the objectives that claims marked
/// "checked on networks" run on, evaluated by the engine in float64.
/// </summary>
/// <param name="Fault">A fault planted in every draw's oracles (none by default).</param>
public sealed record SmallNetworkFamily(NetworkOracleFault Fault = NetworkOracleFault.None) : INetworkFamily
{
    /// <inheritdoc/>
    public string Description => "networks: MLPs of depth 1–3 and width 2–32 with tanh, softplus or GELU, softmax cross-entropy on 8–64 generated points in 2–8 dimensions with 2–4 classes and up to 30% label noise, L2 0 or 1e-4–1e-2, PyTorch's initialisation, float64"
        + (Fault == NetworkOracleFault.None ? string.Empty : $" (planted fault: {Fault})");

    /// <inheritdoc/>
    public GeneratedNetwork Draw(SeededRandom random) => (SmallNetworkSpec.Draw(random) with { Fault = Fault }).Build();

    /// <inheritdoc/>
    public INetworkFamily WithFault(NetworkOracleFault fault) => this with { Fault = fault };
}
