namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// A named, cited member of the Adam family: a template <see cref="AdamOptions"/> whose variant is fixed and
/// whose hyper-parameters are overridden per use with <see cref="Instantiate"/>.
/// </summary>
/// <param name="Name">Stable identifier (used on the command line and in snapshots).</param>
/// <param name="Citation">Where the variant is defined.</param>
/// <param name="Template">The variant with its published default hyper-parameters.</param>
/// <param name="FixesBeta1">True when β1 is part of the variant (RMSProp: β1 = 0) and is not overridden.</param>
public sealed record AdamPreset(string Name, string Citation, AdamOptions Template, bool FixesBeta1 = false)
{
    /// <summary>The variant with the given hyper-parameters (β1 ignored when the preset fixes it).</summary>
    public AdamOptions Instantiate(double alpha, double beta1, double beta2, double epsilon) =>
        Template.With(alpha: alpha, beta1: FixesBeta1 ? Template.Beta1 : beta1, beta2: beta2, epsilon: epsilon);
}
