// A user's claims library: every public static property (or parameterless method) returning an IClaim, or an
// IEnumerable<IClaim>, and every public IClaim type with a parameterless constructor joins the catalogue of
// `adamv verify --claims-from docs/examples/claims/ExampleClaims.csproj` (and of list, check, search and merge).
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Conjectures;
using Adam.Verification.Theory.Optimizers;

namespace ExampleClaims;

/// <summary>Two conjectures about the sign-like magnitude |m_t|/√v_t of Adam without bias correction and with ε = 0.</summary>
public static class SignLikeMagnitude
{
    /// <summary>False, and expected to be: β1 &lt; β2 is not enough to keep the magnitude at most 1.</summary>
    public static IClaim AtMostOne => Conjecture.For<GradientCase>("example-ratio-at-most-one")
        .Stating("If β1 < β2, |m_t|/√v_t ≤ 1 for every gradient sequence.", hypotheses: "β1 < β2")
        .Citing(new Citation("an example conjecture", "compare Lemma B.2 of arXiv 2507.05966", "unverified"))
        .Expecting(Verdict.Refuted)
        .Generating(random =>
        {
            double beta1 = random.Uniform(0, 0.99);
            return new GradientCase(beta1, random.Uniform(beta1 + 1e-3, 0.9999), Gradients(random));
        })
        .Assuming(c => c.Beta1 < c.Beta2 ? null : "β1 ≥ β2")
        .Observing(c => LargestRatio(c))
        .Build();

    /// <summary>True: without momentum, |g_t|/√v_t ≤ 1/√(1 − β2), since v_t ≥ (1 − β2)g_t².</summary>
    public static IClaim WithoutMomentum => Conjecture.For<GradientCase>("example-no-momentum-ratio-bound")
        .Stating("With β1 = 0, |m_t|/√v_t ≤ 1/√(1 − β2) for every gradient sequence.", hypotheses: "β1 = 0, 0 < β2 < 1")
        .Citing(new Citation("an example conjecture", "v_t ≥ (1 − β2) g_t²", "elementary"))
        .Generating(random => new GradientCase(0, random.Uniform(0.01, 0.9999), Gradients(random)))
        .Observing(c => LargestRatio(c) * Math.Sqrt(1 - c.Beta2))
        .Build();

    private static double[] Gradients(Adam.Verification.Theory.Randomness.SeededRandom random) =>
        [.. Enumerable.Range(0, random.NextInt(1, 50)).Select(_ => random.Normal())];

    /// <summary>max_t |m_t|/√v_t along the case's gradients, by the suite's reference update.</summary>
    private static double LargestRatio(GradientCase c)
    {
        var options = new AdamOptions(alpha: 0, beta1: c.Beta1, beta2: c.Beta2, epsilon: 0, biasCorrection: false);
        var state = new AdamState(1);
        double[] x = [0];
        double largest = 0;
        foreach (double g in c.Gradients)
        {
            AdamUpdate.Step(options, state, x, [g]);
            largest = Math.Max(largest, Math.Abs(AdamUpdate.Direction(options, state, 0)));
        }

        return largest;
    }
}
