namespace Adam.Verification.Properties.Harness;

/// <summary>Whether the tests run under CI (CI=true): there a missing Debian package is a failure, not a skip.</summary>
public static class ContinuousIntegration
{
    /// <summary>True when the environment variable CI is "true".</summary>
    public static bool IsOn => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
