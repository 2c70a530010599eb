namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// A generated family of small networks as objectives: each draw is a network loss on its own generated data, with a
/// starting point, all decided by the random stream (the same stream gives the same network, data and start).
/// The engine that evaluates networks lives outside this library; claims receive a family through their constructor.
/// </summary>
public interface INetworkFamily
{
    /// <summary>The family in words (architectures, activations, losses, data).</summary>
    string Description { get; }

    /// <summary>The fault planted in this family's oracles (<see cref="NetworkOracleFault.None"/> for the family itself).</summary>
    NetworkOracleFault Fault { get; }

    /// <summary>Draws one network objective with its initial point.</summary>
    GeneratedNetwork Draw(Randomness.SeededRandom random);

    /// <summary>The same family (the same draws for the same stream) with <paramref name="fault"/> planted in its oracles.</summary>
    INetworkFamily WithFault(NetworkOracleFault fault);
}
