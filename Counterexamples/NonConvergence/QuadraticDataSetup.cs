using System.Globalization;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// The problem of arXiv 2407.08100 Thm 1.1 as reconstructed (docs/claims.md#nonvanishing-rate-nonconvergence [REC]): loss ℓ(θ, x) = ‖θ − x‖² in d = 1,
/// data X i.i.d. from <see cref="Law"/>, batches of J, Θ0 = 0, Kingma–Ba Adam with G_n = (2/J)Σ_j(Θ_{n−1} − X_{n,j}).
/// </summary>
public sealed record QuadraticDataSetup(DataDistribution Law, int Batch, double Beta1, double Beta2, double Epsilon, IStepSchedule Schedule)
{
    /// <summary>The Kingma–Ba variant with these β and ε.</summary>
    public AdamOptions Options() => AdamPresets.KingmaBa.Template.With(beta1: Beta1, beta2: Beta2, epsilon: Epsilon);

    /// <summary>The setup in paper form.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"X ~ {Law}, J = {Batch}, β = ({Beta1}, {Beta2}), ε = {Epsilon:G2}, γ_n = {Schedule.Describe()}");
}
