using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Lipschitz;

/// <summary>
/// The "full domain distribution" W of arXiv 2309.08339 Theorem 4 from which Algorithm 2 draws points.
/// The paper does not pin W down; the suite makes it an explicit, documented parameter.
/// </summary>
public interface ISamplingDistribution
{
    /// <summary>A description with the parameters.</summary>
    string Describe();

    /// <summary>Draws one point w ~ W.</summary>
    double[] Sample(SeededRandom random);
}
