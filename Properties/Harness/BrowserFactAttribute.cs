namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that needs Chromium: skipped with the reason when Chromium is absent outside CI; under CI=true it always
/// runs (and fails if Chromium is missing, since `.ci/run` installs it).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is missing and CI is not set.</summary>
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !ContinuousIntegration.IsOn)
        {
            Skip = "Chromium not found on PATH (install Debian's `chromium`; CI installs it and runs this test).";
        }
    }
}
