using System.Globalization;

namespace Adam.Verification.Theory.Running;

/// <summary>
/// The stationary drift D = E_stat[S] of one Adam block (an epoch or a period) with x frozen, S = Σ_{steps in the
/// block} u_t (u_t the update direction, x_{t} = x_{t−1} − α_t·u_t), estimated by batch means over paths.
/// </summary>
/// <param name="Mean">D̂: the mean of S over every measured block of every path.</param>
/// <param name="StandardError">SE of D̂ from the batch means (blocks are correlated through m and v; batches are not).</param>
/// <param name="Blocks">Measured blocks, all paths together.</param>
/// <param name="Batches">Batch means the SE was computed from.</param>
public sealed record DriftEstimate(double Mean, double StandardError, long Blocks, int Batches)
{
    /// <summary>D̂ in units of its standard error (±∞ when SE = 0 and D̂ ≠ 0).</summary>
    public double Score => StandardError > 0 ? Mean / StandardError : Mean == 0 ? 0 : Math.Sign(Mean) * double.PositiveInfinity;

    /// <summary>+1 when D̂ &gt; margin·SE, −1 when D̂ &lt; −margin·SE, 0 inside the margin (nothing is asserted there).</summary>
    public int DecidedSign(double margin = 3) => Score > margin ? 1 : Score < -margin ? -1 : 0;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"D = {Mean:G5} ± {StandardError:G3} ({Blocks} blocks)");
}
