using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Lipschitz;

/// <summary>W = N(centre, s²I): full support, so Theorem 4 of arXiv 2309.08339 applies. Valid range: s &gt; 0.</summary>
public sealed class GaussianDistribution : ISamplingDistribution
{
    private readonly double[] _centre;

    /// <summary>Creates N(centre, scale²·I).</summary>
    public GaussianDistribution(double[] centre, double scale)
    {
        ArgumentNullException.ThrowIfNull(centre);
        OptionValidationException.RequirePositive("sampling scale s", scale);
        _centre = (double[])centre.Clone();
        Scale = scale;
    }

    /// <summary>s.</summary>
    public double Scale { get; }

    /// <inheritdoc/>
    public string Describe() => $"N(c, {Scale:G4}²·I) in d = {_centre.Length}";

    /// <inheritdoc/>
    public double[] Sample(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return _centre.Select(c => c + (Scale * random.Normal())).ToArray();
    }
}
