namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that needs PyTorch on CPU: skipped with the reason when torch is missing outside CI; under CI=true it always
/// runs (and fails if torch is missing, since `.ci/run` installs python3-torch).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TorchFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when torch is missing and CI is not set.</summary>
    public TorchFactAttribute()
    {
        if (!PythonTorch.Available && !ContinuousIntegration.IsOn)
        {
            Skip = $"PyTorch not importable by {PythonTorch.Python} (install Debian's python3-torch; CI installs it and runs this test).";
        }
    }
}
