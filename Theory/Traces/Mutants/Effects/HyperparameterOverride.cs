namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>Reads and replaces one field of <see cref="EffectiveHyperparameters"/>.</summary>
public static class HyperparameterOverride
{
    /// <summary>The value of <paramref name="field"/>.</summary>
    public static double Get(EffectiveHyperparameters h, HyperparameterField field)
    {
        ArgumentNullException.ThrowIfNull(h);
        return field switch
        {
            HyperparameterField.Beta1 => h.Beta1,
            HyperparameterField.Beta2 => h.Beta2,
            HyperparameterField.Epsilon => h.Epsilon,
            _ => h.WeightDecay,
        };
    }

    /// <summary><paramref name="h"/> with <paramref name="field"/> set to <paramref name="value"/>.</summary>
    public static EffectiveHyperparameters Set(EffectiveHyperparameters h, HyperparameterField field, double value)
    {
        ArgumentNullException.ThrowIfNull(h);
        return field switch
        {
            HyperparameterField.Beta1 => h with { Beta1 = value },
            HyperparameterField.Beta2 => h with { Beta2 = value },
            HyperparameterField.Epsilon => h with { Epsilon = value },
            _ => h with { WeightDecay = value },
        };
    }
}
