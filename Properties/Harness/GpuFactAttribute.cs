using Adam.Verification.Empirical.Bridge;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that needs PyTorch with a CUDA device (trait GPU): skipped, with the reason, wherever torch sees no CUDA
/// device — CI never has one. The default run excludes the trait anyway; `-s Properties/all.runsettings --filter
/// Category=GPU` runs it on a GPU machine.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GpuFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no CUDA device is visible.</summary>
    public GpuFactAttribute()
    {
        if (!TorchPython.CudaAvailable(out string reason))
        {
            Skip = $"needs a CUDA GPU: {reason}.";
        }
    }
}
