using System.Runtime.InteropServices;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that renders PNG (SkiaSharp's native library, which on Linux needs fontconfig): skipped with the reason when
/// libfontconfig does not load outside CI; under CI=true it always runs (`.ci/run` installs libfontconfig1).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PngFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when fontconfig is missing on Linux and CI is not set.</summary>
    public PngFactAttribute()
    {
        if (OperatingSystem.IsLinux() && !ContinuousIntegration.IsOn && !NativeLibrary.TryLoad("libfontconfig.so.1", out _))
        {
            Skip = "libfontconfig.so.1 does not load (install Debian's `libfontconfig1`; CI installs it and runs this test).";
        }
    }
}
