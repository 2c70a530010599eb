namespace Adam.Verification.Properties.Harness;

/// <summary>
/// A fact that needs PyTorch and pytest under Debian's python3: skipped with the reason when either is missing outside
/// CI; under CI=true it always runs (and fails if they are missing, since `.ci/run` installs python3-torch and python3-pytest).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PytestFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> HasPytest = new(() => PythonTorch.Run("-c", "import pytest").Code == 0);

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when torch or pytest is missing and CI is not set.</summary>
    public PytestFactAttribute()
    {
        if (!ContinuousIntegration.IsOn && !(PythonTorch.Available && HasPytest.Value))
        {
            Skip = $"PyTorch or pytest not importable by {PythonTorch.Python} (install Debian's python3-torch and python3-pytest; CI installs them and runs this test).";
        }
    }
}
