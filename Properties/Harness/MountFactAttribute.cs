namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that mounts a small tmpfs (a full disk on demand), so it needs the CAP_SYS_ADMIN capability (root, outside a
/// restricted container): skipped with the reason when the process lacks it outside CI; under CI=true it always runs
/// (CI runs as root).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MountFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when not root and CI is not set.</summary>
    public MountFactAttribute()
    {
        if (!CanMount && !ContinuousIntegration.IsOn)
        {
            Skip = "mounting a tmpfs needs CAP_SYS_ADMIN (root; CI runs as root and runs this test).";
        }
    }

    /// <summary>Whether the effective capabilities (CapEff in /proc/self/status) include CAP_SYS_ADMIN (bit 21).</summary>
    public static bool CanMount
    {
        get
        {
            const string Path = "/proc/self/status";
            string? line = File.Exists(Path) ? File.ReadLines(Path).FirstOrDefault(l => l.StartsWith("CapEff:", StringComparison.Ordinal)) : null;
            return line is not null
                && ulong.TryParse(line["CapEff:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out ulong caps)
                && (caps & (1UL << 21)) != 0;
        }
    }
}
