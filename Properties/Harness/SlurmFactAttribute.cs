namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that starts a single-node Slurm (Debian's slurm-wlm and munge, as root): skipped with the reason when they
/// are missing outside CI; under CI=true it always runs (and fails if they are missing, since `.ci/run` installs them).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SlurmFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Slurm cannot be started here and CI is not set.</summary>
    public SlurmFactAttribute()
    {
        if (!Available && !ContinuousIntegration.IsOn)
        {
            Skip = "needs root and Debian's slurm-wlm and munge (/usr/sbin/slurmctld, slurmd, munged; CI installs them and runs this test).";
        }
    }

    /// <summary>Whether the daemons and sbatch are installed and this process runs as root.</summary>
    public static bool Available =>
        new[] { "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch" }.All(File.Exists) && Environment.UserName == "root";
}
