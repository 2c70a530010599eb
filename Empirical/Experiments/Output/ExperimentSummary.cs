using System.Globalization;
using System.Text;

namespace Adam.Verification.Empirical.Experiments.Output;

/// <summary>The summary table of an experiment: per arm K̂, α_ours, the schedule, and the final loss, ‖∇L‖, reduction and test accuracy.</summary>
public static class ExperimentSummary
{
    /// <summary>The table as text.</summary>
    public static string Format(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{"arm",-26} {"K̂",9} {"L(w0)",7} {"α_ours",9} {"epochs",6} {"loss",10} {"‖∇L‖",10} {"‖∇L0‖/‖∇L‖",11} {"test acc",8}  schedule"));
        foreach (ArmResult arm in result.Arms)
        {
            SmoothnessEstimate s = arm.Smoothness;
            EpochRecord f = arm.Final;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{arm.Label,-26} {s.KHat,9:G4} {s.InitialLoss,7:F4} {s.AlphaOurs,9:G3} {f.Epoch,6} {f.Loss,10:G4} {f.GradientNorm,10:G4} {arm.GradientReduction,11:G4} {f.TestAccuracy,8:F4}  {arm.Schedule}"));
        }

        return text.ToString().TrimEnd();
    }
}
