using Adam.Verification.Theory.Objectives;

namespace Adam.Verification.Properties.Theory.Objectives;

/// <summary>An objective with a deliberately wrong fact or derivative, to show the audit catches each fault.</summary>
internal sealed class PlantedFaultObjective(IObjective inner, ObjectiveFacts facts, double gradientScale = 1, double hvpScale = 1) : IObjective
{
    public string Name => $"planted fault on {inner.Name}";

    public int Dimension => inner.Dimension;

    public ObjectiveFacts Facts => facts;

    public double Value(ReadOnlySpan<double> x) => inner.Value(x);

    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        inner.Gradient(x, gradient);
        foreach (ref double g in gradient)
        {
            g *= gradientScale;
        }
    }

    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        inner.HessianVectorProduct(x, v, result);
        foreach (ref double h in result)
        {
            h *= hvpScale;
        }
    }
}
