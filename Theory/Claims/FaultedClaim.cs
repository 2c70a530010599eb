namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A claim run against a system under test with a <see cref="PlantedFault"/>: its definition and every result name the
/// fault (<see cref="ClaimDefinition.Fault"/>, <see cref="ClaimResult.Fault"/>), whatever the faulted object says of itself.
/// </summary>
public sealed class FaultedClaim : IClaim
{
    private readonly IClaim _inner;

    /// <summary>Builds the faulted system under test of <paramref name="fault"/>.</summary>
    public FaultedClaim(PlantedFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _inner = fault.Build();
        Definition = _inner.Definition with { Fault = fault.ToString() };
    }

    /// <inheritdoc/>
    public ClaimDefinition Definition { get; }

    /// <summary>A faulted claim plants no further faults.</summary>
    public IReadOnlyList<PlantedFault> PlantedFaults => [];

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings) => _inner.Check(settings) with { Fault = Definition.Fault };
}
