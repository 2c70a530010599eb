namespace Adam.Verification.Empirical.Experiments;

/// <summary>How large an experiment runs.</summary>
public enum ExperimentScale
{
    /// <summary>Small widths, 100 training images per digit, few epochs: runs in every <c>dotnet test</c>.</summary>
    Ci,

    /// <summary>The paper's sizes: width 1000, the 5,500 mini-MNIST images, 100 epochs (trait <c>Empirical</c>).</summary>
    Paper,
}
