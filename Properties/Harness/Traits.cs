namespace Adam.Verification.Properties.Harness;

/// <summary>The xunit trait names of the suite (see the README).</summary>
public static class Traits
{
    /// <summary>The trait key.</summary>
    public const string Category = "Category";

    /// <summary>Full-scale experiments, excluded from the default run.</summary>
    public const string Empirical = "Empirical";

    /// <summary>Needs a GPU, excluded from the default run.</summary>
    public const string Gpu = "GPU";

    /// <summary>Needs Debian's python3-torch (runs in CI).</summary>
    public const string Torch = "Torch";

    /// <summary>Drives TorchSharp's LibTorch in process (restored by NuGet with the tests; runs in the default run and in CI).</summary>
    public const string TorchSharp = "TorchSharp";

    /// <summary>Packs the CLI as a .NET tool and installs it from a local source (about 20 s; runs in the default run and in CI).</summary>
    public const string Tool = "Tool";

    /// <summary>Starts a single-node Slurm from Debian's slurm-wlm and munge (runs in CI, which installs them).</summary>
    public const string Slurm = "Slurm";

    /// <summary>Needs Debian's chromium (headless screenshots; runs in CI).</summary>
    public const string Browser = "Browser";
}
