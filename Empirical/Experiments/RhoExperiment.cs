namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.6: the stabiliser ρ ∈ {1e−6, 1e−7, 1e−8, 1e−9} with α_ours.</summary>
public sealed class RhoExperiment : IExperiment
{
    private static readonly double[] Rhos = [1e-6, 1e-7, 1e-8, 1e-9];

    /// <inheritdoc/>
    public string Name => "rho";

    /// <inheritdoc/>
    public string Question => "§5.6: does ρ (ε outside the root) matter for α_ours?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        return Rhos.Select(rho => BaseSettings.AlphaOurs(settings with { Rho = rho }, $"α_ours, ρ = {rho:G1}")).ToList();
    }
}
