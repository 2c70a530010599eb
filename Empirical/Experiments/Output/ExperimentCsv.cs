using System.Globalization;
using System.Text;

namespace Adam.Verification.Empirical.Experiments.Output;

/// <summary>
/// One row per arm and epoch: experiment, arm, schedule, epoch, loss, grad_norm, test_accuracy, alpha, k_hat,
/// alpha_ours, initial_loss, sampling_scale. Invariant culture, RFC 4180 quoting.
/// </summary>
public static class ExperimentCsv
{
    /// <summary>What each column means, in the CSV's order (written into its provenance sidecar).</summary>
    public static IReadOnlyList<(string Column, string Meaning)> Columns { get; } =
    [
        ("experiment", "the experiment's name"),
        ("arm", "the arm: a schedule or step size, as in the figure's legend"),
        ("schedule", "the arm's learning-rate schedule"),
        ("epoch", "epoch number (0: before training)"),
        ("loss", "full-batch training loss L(w) after the epoch"),
        ("grad_norm", "full-batch gradient norm ‖∇L(w)‖₂ after the epoch"),
        ("test_accuracy", "accuracy on the held-out digits"),
        ("alpha", "the step size the arm used in that epoch"),
        ("k_hat", "K̂ from Algorithm 2 at the arm's initialisation (the same for every arm of one initialisation)"),
        ("alpha_ours", "α_ours = √(2L(w0)/(K̂T)) at that initialisation"),
        ("initial_loss", "L(w0)"),
        ("sampling_scale", "s, the scale of the distribution W that Algorithm 2 samples"),
    ];

    /// <summary>The CSV text.</summary>
    public static string Format(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder(string.Join(',', Columns.Select(c => c.Column)) + "\n");
        foreach (ArmResult arm in result.Arms)
        {
            foreach (EpochRecord e in arm.Epochs)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Quote(result.Name)},{Quote(arm.Label)},{Quote(arm.Schedule)},{e.Epoch},{e.Loss:R},{e.GradientNorm:R},{e.TestAccuracy:R},{e.Alpha:R},{arm.Smoothness.KHat:R},{arm.Smoothness.AlphaOurs:R},{arm.Smoothness.InitialLoss:R},{arm.Smoothness.SamplingScale:R}\n");
            }
        }

        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
