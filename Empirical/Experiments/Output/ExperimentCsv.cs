using System.Globalization;
using System.Text;

namespace Adam.Verification.Empirical.Experiments.Output;

/// <summary>
/// One row per arm and epoch: experiment, arm, schedule, epoch, loss, grad_norm, test_accuracy, alpha, k_hat,
/// alpha_ours, initial_loss, sampling_scale. Invariant culture, RFC 4180 quoting.
/// </summary>
public static class ExperimentCsv
{
    /// <summary>The CSV text.</summary>
    public static string Format(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder("experiment,arm,schedule,epoch,loss,grad_norm,test_accuracy,alpha,k_hat,alpha_ours,initial_loss,sampling_scale\n");
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
