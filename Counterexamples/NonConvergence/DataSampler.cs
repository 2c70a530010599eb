using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>Draws X and batch means X̄_J for a <see cref="DataDistribution"/>.</summary>
public static class DataSampler
{
    /// <summary>EX.</summary>
    public static double Mean(DataDistribution law) => law switch
    {
        DataDistribution.StandardNormal => 0,
        DataDistribution.Bernoulli => 0.2,
        DataDistribution.Exponential => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "unknown data law."),
    };

    /// <summary>Whether the law is symmetric about its mean.</summary>
    public static bool IsSymmetric(DataDistribution law) => law == DataDistribution.StandardNormal;

    /// <summary>One draw of X.</summary>
    public static double Draw(DataDistribution law, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return law switch
        {
            DataDistribution.StandardNormal => random.Normal(),
            DataDistribution.Bernoulli => random.Bernoulli(0.2) ? 1 : 0,
            DataDistribution.Exponential => -Math.Log(1 - random.NextDouble()),
            _ => throw new ArgumentOutOfRangeException(nameof(law), law, "unknown data law."),
        };
    }

    /// <summary>The mean of a batch of J independent draws.</summary>
    public static double BatchMean(DataDistribution law, int batch, SeededRandom random)
    {
        double sum = 0;
        for (int j = 0; j < batch; j++)
        {
            sum += Draw(law, random);
        }

        return sum / batch;
    }
}
