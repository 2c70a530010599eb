using FsCheck;
using System.Text.Json;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Objectives.Specs;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Objectives;

/// <summary>
/// Written-out objectives (docs/instances.md#objectives): every generated F1–F7 objective, written as parameters, sent
/// through JSON and rebuilt, gives the same value, gradient, HVP and facts to the last bit; parameters outside a family's
/// domain are refused with the field named.
/// </summary>
public sealed class ObjectiveSpecProperties
{
    private static readonly JsonSerializerOptions Json = new() { AllowOutOfOrderMetadataProperties = true, RespectRequiredConstructorParameters = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [SeededProperty(Cases = 10)]
    public Property A_written_out_objective_rebuilds_bit_for_bit()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => r.NextSeed()), caseSeed =>
        {
            // Every case checks every family (each from its own seed), so that each family gets all the cases.
            foreach (ObjectiveFamily family in Enum.GetValues<ObjectiveFamily>())
            {
                ulong seed = SeededRandom.DeriveSeed(caseSeed, (ulong)family);
                var random = new SeededRandom(seed);
                IObjective f = ObjectiveGenerator.Draw(family, random);
                ObjectiveSpec spec = ObjectiveSpec.Of(f);
                Assert.Equal(family, spec.Kind());
                spec.Validate("$");
                string text = JsonSerializer.Serialize(spec, Json);
                Assert.StartsWith($"{{\"Family\":\"{family}\"", text, StringComparison.Ordinal);
                IObjective g = JsonSerializer.Deserialize<ObjectiveSpec>(text, Json)!.Build();
                Assert.Equal(f.Name, g.Name);
                Assert.Equal(Facts(f.Facts), Facts(g.Facts));
                for (int k = 0; k < 5; k++)
                {
                    double[] x = ObjectiveGenerator.Gaussian(random, f.Dimension, 2);
                    double[] v = ObjectiveGenerator.Gaussian(random, f.Dimension, 1);
                    Assert.Equal(f.Value(x), g.Value(x));
                    double[] gf = new double[f.Dimension], gg = new double[f.Dimension], hf = new double[f.Dimension], hg = new double[f.Dimension];
                    f.Gradient(x, gf);
                    g.Gradient(x, gg);
                    f.HessianVectorProduct(x, v, hf);
                    g.HessianVectorProduct(x, v, hg);
                    Assert.Equal(gf, gg);
                    Assert.Equal(hf, hg);
                }
            }
        });
    }

    [Fact]
    public void Parameters_outside_a_family_are_refused_with_the_field_named()
    {
        double s = Math.Sqrt(0.5);
        (ObjectiveSpec Spec, string Field)[] bad =
        [
            (new QuadraticSpec([1, -1], [0, 0]), "eigenvalue"),
            (new QuadraticSpec([1, 1], [0, 0], [[1, 0.1], [0, 1]]), "Rotation must be orthonormal"),
            (new QuadraticSpec([1, 1], [0, 0], [[s, -s], [s, s], [0, 0]]), "Rotation must be a 2×2"),
            (new QuadraticSpec([1], [0, 0]), "Eigenvalues must hold 2"),
            (new CauchySumSpec([1, 0], [1, 1], [0, 0]), "weight a_i"),
            (new CauchySumSpec([1, 1], [1, double.NaN], [0, 0]), "Scales[1]"),
            (new PlantedCosSpec([[1, 0], [0, 1]], [1], [0, 0]), "Weights must hold 2"),
            (new DoubleWellSpec([1, -2], [0, 0]), "scale s_i"),
            (new RastriginLikeSpec(1, 1, 0, [0]), "ω"),
            (new CauchyRegressionSpec([[1, 0], [0, 1]], [1, 2], Noiseless: true, Minimiser: [1, 1]), "Targets[1] must equal Rows[1]·Minimiser"),
            (new CauchyRegressionSpec([[1, 0], [0, 1, 2]], [1, 2], Noiseless: false), "Rows[1] must hold 2"),
            (new PseudoHuberSpec([]), "dimension must lie in [1, 1000]"),
            (new QuadraticSpec([0, 0], [0, 0]), "K = 0"),
            (new PlantedCosSpec([[0, 0]], [1], [0, 0]), "K = 0"),
            (new PlantedCosSpec([[1e40, 0]], [1], [0, 0]), "Directions[0][0] must be a finite number of size at most"),
            (new QuadraticSpec([1, 1], [0, 0], [[1, 4.9e-10], [4.9e-10, 1]]), "Rotation must be orthonormal"),
        ];
        foreach ((ObjectiveSpec spec, string field) in bad)
        {
            ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => spec.Validate("$.instance.ObjectiveParameters"));
            Assert.StartsWith("$.instance.ObjectiveParameters: ", e.Message, StringComparison.Ordinal);
            Assert.Contains(field, e.Message, StringComparison.Ordinal);
        }

        // The boundary cases are accepted: a rotation orthonormal to rounding, a noiseless regression whose targets are A·x*.
        new QuadraticSpec([1, 0], [0, 0], [[s, -s], [s, s]]).Validate("$");
        new CauchyRegressionSpec([[1, 2], [3, 4]], [3, 7], Noiseless: true, Minimiser: [1, 1]).Validate("$");
    }

    private static string Facts(ObjectiveFacts facts) => JsonSerializer.Serialize(facts);
}
