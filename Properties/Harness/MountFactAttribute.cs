namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that mounts a small tmpfs (a full disk on demand), so it needs root: skipped with the reason when not root
/// outside CI; under CI=true it always runs (CI runs as root).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MountFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when not root and CI is not set.</summary>
    public MountFactAttribute()
    {
        if (Environment.UserName != "root" && !ContinuousIntegration.IsOn)
        {
            Skip = "mounting a tmpfs needs root (CI runs as root and runs this test).";
        }
    }
}
