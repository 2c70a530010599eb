using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces;

/// <summary>A preset configured with a trace's hyper-parameters (β1, β2, ε, λ; α comes from each step).</summary>
public static class TraceVariant
{
    /// <summary>The preset named <paramref name="preset"/> with the trace's β1, β2, ε and weight decay λ (λ's coupling is the preset's).</summary>
    public static AdamOptions Configure(string preset, TraceHyperparameters hyperparameters)
    {
        ArgumentNullException.ThrowIfNull(hyperparameters);
        AdamPreset p = AdamPresets.Get(preset);
        return p.Template.With(beta1: hyperparameters.Beta1, beta2: hyperparameters.Beta2, epsilon: hyperparameters.Eps, weightDecay: hyperparameters.WeightDecay);
    }
}
