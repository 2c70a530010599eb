using System.Globalization;

namespace Adam.Verification.Suite.Reporting;

/// <summary>How the reports print a claim's worst observable, and what they say about it.</summary>
public static class ObservableText
{
    /// <summary>What the column means, printed under the verdict table.</summary>
    public const string Legend = "Worst observable: the largest value of the claim's observable over the cases it evaluated; the conclusion fails above 1 (instance claims compare with a relative tolerance of 1e-9). Shown to 6 significant digits, or in full where rounding would hide a difference from 1.";

    /// <summary>
    /// <paramref name="value"/> to 6 significant digits, or round-trip where 6 digits would print 1 for a value that is
    /// not 1 (e.g. 1.0000000000000002); "—" when there is none.
    /// </summary>
    public static string Format(double? value)
    {
        if (value is not double w)
        {
            return "—";
        }

        string shown = w.ToString("G6", CultureInfo.InvariantCulture);
        return shown == "1" && w != 1 ? w.ToString("R", CultureInfo.InvariantCulture) : shown;
    }
}
