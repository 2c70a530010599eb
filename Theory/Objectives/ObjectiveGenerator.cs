using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// Draws random instances of F1–F7 and of the finite-sum constructions from a <see cref="SeededRandom"/>:
/// dimension d ∈ [<see cref="MinDimension"/>, <see cref="MaxDimension"/>], log-uniform scales and Haar rotations.
/// The same seed gives the same instance.
/// </summary>
public static class ObjectiveGenerator
{
    /// <summary>Smallest generated dimension.</summary>
    public const int MinDimension = 2;

    /// <summary>Largest generated dimension.</summary>
    public const int MaxDimension = 11;

    /// <summary>A random member of <paramref name="family"/>; d is drawn unless given.</summary>
    public static IObjective Draw(ObjectiveFamily family, SeededRandom random, int? dimension = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        int d = dimension ?? random.NextInt(MinDimension, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(dimension));
        double[] centre = Gaussian(random, d, random.Uniform(0.5, 3));
        switch (family)
        {
            case ObjectiveFamily.Quadratic:
            {
                double big = LogUniform(random, 0.1, 10);
                double small = big * random.NextDouble();
                double[] lambda = Enumerable.Range(0, d).Select(_ => random.Uniform(small, big)).ToArray();
                lambda[random.NextInt(d)] = big;
                return new QuadraticObjective(lambda, Rotation.Random(d, random), centre);
            }

            case ObjectiveFamily.CauchySum:
                return new CauchySumObjective(LogUniforms(random, d, 0.2, 5), LogUniforms(random, d, 0.3, 3), Rotation.Random(d, random), centre);
            case ObjectiveFamily.PlantedCos:
            {
                int k = d + random.NextInt(d + 1);
                double scale = LogUniform(random, 0.3, 2);
                double[][] w = Enumerable.Range(0, k).Select(_ => Gaussian(random, d, scale / Math.Sqrt(d))).ToArray();
                return new PlantedCosineObjective(w, LogUniforms(random, k, 0.1, 2), centre);
            }

            case ObjectiveFamily.DoubleWell:
                return new DoubleWellObjective(LogUniforms(random, d, 0.2, 3), centre);
            case ObjectiveFamily.RastriginLike:
                return new RastriginLikeObjective(LogUniform(random, 0.2, 2), LogUniform(random, 0.02, 0.5), LogUniform(random, 1, 5), centre);
            case ObjectiveFamily.CauchyRegression:
            {
                int n = d + 2 + random.NextInt(3 * d);
                double[][] rows = Enumerable.Range(0, n).Select(_ => Gaussian(random, d, 1)).ToArray();
                bool noiseless = random.Bernoulli(0.5);
                double sigma = noiseless ? 0 : 0.3;
                double[] b = rows.Select(r => VectorMath.Dot(r, centre) + (sigma * random.Normal())).ToArray();
                return new CauchyRegressionObjective(rows, b, centre, noiseless);
            }

            case ObjectiveFamily.PseudoHuber:
                return new PseudoHuberObjective(centre);
            default:
                throw new ArgumentOutOfRangeException(nameof(family), family, $"unknown objective family {family}.");
        }
    }

    /// <summary>
    /// A finite sum of <paramref name="kind"/> over <paramref name="baseObjective"/> with n components: scales
    /// s_i ≥ 0 normalised to mean 1; shifts c_i Gaussian of size <paramref name="shiftScale"/>, centred and, for
    /// <see cref="FiniteSumKind.Both"/>, projected orthogonally to s − 1 so that the variance identity is exact.
    /// </summary>
    public static ScaledShiftedFiniteSum DrawFiniteSum(IObjective baseObjective, FiniteSumKind kind, int count, SeededRandom random, double shiftScale = 1)
    {
        ArgumentNullException.ThrowIfNull(baseObjective);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        int d = baseObjective.Dimension;
        double[] s = Enumerable.Repeat(1.0, count).ToArray();
        if (kind != FiniteSumKind.Additive)
        {
            s = Enumerable.Range(0, count).Select(_ => -Math.Log(1 - random.NextDouble())).ToArray();
            double mean = s.Average();
            s = s.Select(v => v / mean).ToArray();
        }

        double[][] c = Enumerable.Range(0, count).Select(_ => new double[d]).ToArray();
        if (kind != FiniteSumKind.Multiplicative)
        {
            double[] dev = s.Select(v => v - 1).ToArray();
            double devNorm2 = dev.Sum(v => v * v);
            for (int j = 0; j < d; j++)
            {
                double[] col = Enumerable.Range(0, count).Select(_ => shiftScale * random.Normal()).ToArray();
                double colMean = col.Average();
                for (int i = 0; i < count; i++)
                {
                    col[i] -= colMean;
                }

                if (devNorm2 > 0)
                {
                    double p = VectorMath.Dot(col, dev) / devNorm2;
                    for (int i = 0; i < count; i++)
                    {
                        col[i] -= p * dev[i];
                    }
                }

                for (int i = 0; i < count; i++)
                {
                    c[i][j] = col[i];
                }
            }
        }

        return new ScaledShiftedFiniteSum(baseObjective, s, c, kind);
    }

    /// <summary>Independent N(0, scale²) entries.</summary>
    public static double[] Gaussian(SeededRandom random, int length, double scale)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Enumerable.Range(0, length).Select(_ => scale * random.Normal()).ToArray();
    }

    private static double LogUniform(SeededRandom random, double low, double high) =>
        Math.Exp(random.Uniform(Math.Log(low), Math.Log(high)));

    private static double[] LogUniforms(SeededRandom random, int length, double low, double high) =>
        Enumerable.Range(0, length).Select(_ => LogUniform(random, low, high)).ToArray();
}
