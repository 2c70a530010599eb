using System.Globalization;
using System.Text;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// The cells of a <see cref="PhaseMap"/> as CSV: column,row,X,beta2,drift,standard_error,verdict,method, where X is the
/// map's <see cref="PhaseMap.XColumn"/> (beta1 for the Zhang map, c for the Reddi maps).
/// </summary>
public static class PhaseCsv
{
    /// <summary>The CSV text (invariant culture, round-trip doubles).</summary>
    public static string Render(PhaseMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var s = new StringBuilder($"column,row,{map.XColumn},beta2,drift,standard_error,verdict,method\n");
        foreach (PhaseCell c in map.Cells)
        {
            s.Append(string.Create(CultureInfo.InvariantCulture, $"{c.Column},{c.Row},{c.X:R},{c.Beta2:R},{c.Drift:R},{c.StandardError:R},{c.Verdict},{c.Method}\n"));
        }

        return s.ToString();
    }
}
