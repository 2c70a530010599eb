using System.Globalization;
using System.Text;

namespace Adam.Verification.Theory.Traces;

/// <summary>The trace as long-format CSV: t,coordinate,lr,gradient,parameter,m,v,vmax (empty where not recorded).</summary>
public static class TraceCsv
{
    /// <summary>The CSV text.</summary>
    public static string Render(OptimizerTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var s = new StringBuilder("t,coordinate,lr,gradient,parameter,m,v,vmax\n");
        foreach (TraceStep step in trace.Steps)
        {
            for (int i = 0; i < trace.Dimension; i++)
            {
                s.Append(string.Create(CultureInfo.InvariantCulture, $"{step.T},{i},{step.Lr:R},{step.Gradient[i]:R},{Cell(step.Parameters, i)},{Cell(step.M, i)},{Cell(step.V, i)},{Cell(step.VMax, i)}\n"));
            }
        }

        return s.ToString();
    }

    private static string Cell(double[]? values, int i) => values is null ? string.Empty : values[i].ToString("R", CultureInfo.InvariantCulture);
}
