using FsCheck;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Objectives;

/// <summary>
/// Every family's facts at random points (docs/claims.md#test-functions): gradient vs central differences, HVP vs differences of
/// gradients, ‖∇²f‖ ≤ K (dense and power iteration), f ≥ L*, ‖∇f‖ ≤ γ, max|∂_i f| ≤ γ∞, and the witnesses.
/// Each planted fault (K halved, γ halved, γ∞ halved, L* raised, gradient or HVP off by 1%) must be caught.
/// </summary>
public sealed class ObjectiveFamilyProperties
{
    public static TheoryData<ObjectiveFamily> Families() => [.. Enum.GetValues<ObjectiveFamily>()];

    [SeededProperty(Cases = 25)]
    public Property Generated_instances_satisfy_their_facts()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => r.NextSeed()), caseSeed =>
        {
            // Every case checks every family (each from its own seed), so that each family gets all the cases.
            foreach (ObjectiveFamily family in Enum.GetValues<ObjectiveFamily>())
            {
                ulong seed = SeededRandom.DeriveSeed(caseSeed, (ulong)family);
                var random = new SeededRandom(seed);
                IObjective f = ObjectiveGenerator.Draw(family, random);
                IReadOnlyList<string> problems = ObjectiveAudit.Run(f, random, points: 8);
                Assert.True(problems.Count == 0, $"{f.Name} (seed {seed}): {string.Join("; ", problems.Take(3))}");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Planted_faults_in_the_facts_are_caught(ObjectiveFamily family)
    {
        var random = new SeededRandom(PropertySeeds.SuiteSeed() + (ulong)family);
        IObjective f = ObjectiveGenerator.Draw(family, random);
        ObjectiveFacts facts = f.Facts;
        var faults = new List<(string Name, IObjective Faulty)>
        {
            ("gradient off by 1%", new PlantedFaultObjective(f, facts, gradientScale: 1.01)),
            ("HVP off by 1%", new PlantedFaultObjective(f, facts, hvpScale: 1.01)),
        };
        if (facts.SmoothnessK is double k)
        {
            // Halving is a fault only where K is attained (exact K); where K is an upper bound (F6: equality only at x*
            // when σ = 0) the true supremum may lie below K/2, so the planted fault there is a K far below any curvature
            // the audit's points see.
            faults.Add(facts.SmoothnessKIsExact
                ? ("K halved", new PlantedFaultObjective(f, facts with { SmoothnessK = k / 2 }))
                : ("K a thousandth of its bound", new PlantedFaultObjective(f, facts with { SmoothnessK = k / 1000 })));
        }

        // Raising L* is a fault only where L* is attained; a lower bound raised by 1 may still be a lower bound.
        if (facts.OptimalValue is double lStar && facts.OptimalValueIsExact)
        {
            faults.Add(("L* raised by 1", new PlantedFaultObjective(f, facts with { OptimalValue = lStar + 1 })));
        }

        if (facts.GradientBound is double gamma && facts.GradientBoundIsExact)
        {
            faults.Add(("γ halved", new PlantedFaultObjective(f, facts with { GradientBound = gamma / 2 })));
        }

        if (facts.CoordinateGradientBound is double gammaInf && family is not ObjectiveFamily.PlantedCos and not ObjectiveFamily.CauchyRegression)
        {
            faults.Add(("γ∞ halved", new PlantedFaultObjective(f, facts with { CoordinateGradientBound = gammaInf / 2 })));
        }

        foreach ((string name, IObjective faulty) in faults)
        {
            IReadOnlyList<string> problems = ObjectiveAudit.Run(faulty, new SeededRandom(7), points: 40);
            Assert.True(problems.Count > 0, $"the audit missed the planted fault '{name}' on {f.Name}; {ReplayLine.Test("Planted_faults_in_the_facts_are_caught")}");
        }
    }

    [SeededProperty]
    public Property CauchySum_gamma_is_attained_at_its_witness()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => r.NextSeed()), seed =>
        {
            var f = (CauchySumObjective)ObjectiveGenerator.Draw(ObjectiveFamily.CauchySum, new SeededRandom(seed));
            var g = new double[f.Dimension];
            f.Gradient(f.GradientBoundWitness(), g);
            Assert.Equal(f.Facts.GradientBound!.Value, VectorMath.Norm(g), 1e-9 * f.Facts.GradientBound.Value);
        });
    }

    [Fact]
    public void DoubleWell_minimum_matches_the_published_constants()
    {
        Assert.Equal(1.9150080, DoubleWellObjective.WellMinimum, 7);
        Assert.Equal(-0.6530478, DoubleWellObjective.Psi(DoubleWellObjective.WellMinimum), 7);
        Assert.Equal(DoubleWellObjective.WellMinimum, 2 * Math.Tanh(DoubleWellObjective.WellMinimum), 14);
    }

    [Fact]
    public void The_generator_is_deterministic_in_its_seed()
    {
        foreach (ObjectiveFamily family in Enum.GetValues<ObjectiveFamily>())
        {
            IObjective a = ObjectiveGenerator.Draw(family, new SeededRandom(42)), b = ObjectiveGenerator.Draw(family, new SeededRandom(42));
            double[] x = ObjectiveGenerator.Gaussian(new SeededRandom(1), a.Dimension, 1);
            Assert.Equal(a.Value(x), b.Value(x));
            Assert.Equal(a.Facts.SmoothnessK, b.Facts.SmoothnessK);
        }
    }
}
