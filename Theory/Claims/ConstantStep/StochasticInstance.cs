namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// A Theorem 2 case: a constant-step case over a finite sum with n components, P sampled paths. The sum is multiplicative,
/// F_j = s_j·F, unless <see cref="CoordinateWeighted"/>, where F is the separable pseudo-Huber function and
/// F_j = Σ_i a_{j,i}·φ̃(x_i − c_i) (components of different shapes whose gradients agree in sign).
/// </summary>
public sealed record StochasticInstance(ConstantStepInstance Case, int Components, ulong SumSeed, int Paths) : IValidInstance
{
    /// <summary>Whether the components are coordinate-weighted pseudo-Huber functions (absent in older files: multiplicative).</summary>
    public bool CoordinateWeighted { get; init; }

    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        InstanceDomain.RequireWithin("Components", Components, 2, 10_000);
        InstanceDomain.RequireWithin("Paths", Paths, 1, 10_000);
        InstanceDomain.RequireWork("Paths × Dimension² × Horizon", (double)Paths * Case.Dimension * Case.Dimension * Case.Horizon, 1e10);
        if (CoordinateWeighted && Case.Family != Objectives.ObjectiveFamily.PseudoHuber)
        {
            throw new ArgumentException($"CoordinateWeighted needs the separable pseudo-Huber family (F7); got {Case.Family}.");
        }
    }
}
