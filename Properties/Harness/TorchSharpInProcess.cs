namespace Adam.Verification.Properties.Harness;

/// <summary>
/// The tests that drive TorchSharp in this process, run one after another and alone (after the parallel tests).
/// TorchSharp 0.107's optimizers pass implicitly converted <c>Scalar</c> objects to native code; when another thread
/// allocates enough to start a garbage collection during that call, the finalizer can free such a Scalar while LibTorch
/// still reads it, seen as "Exception raised from toDouble at c10/core/Scalar.h" in a test that passes alone. A
/// single-threaded program (the CLI) cannot meet this; the parallel test run could.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchSharpInProcess
{
    /// <summary>The collection's name.</summary>
    public const string Name = "TorchSharp in process";
}
