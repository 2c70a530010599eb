// README-EXAMPLE-BEGIN
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Conjectures;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Properties.Docs;

/// <summary>One case: β1, β2 and a one-coordinate gradient sequence.</summary>
public sealed record AmsGradCase(double Beta1, double Beta2, double[] Gradients);

/// <summary>A conjecture: AMSGrad's sign-like magnitude obeys Lemma B.2's R too.</summary>
public static class AmsGradRatioConjecture
{
    /// <summary>The conjecture, before Build() (tests change one piece of it).</summary>
    public static ConjectureBuilder<AmsGradCase> Builder() =>
        Conjecture.For<AmsGradCase>("amsgrad-sign-ratio-bound")
            .Stating(
                "AMSGrad (max of v, no bias correction, ε = 0) keeps |m_t|/√v̂max_t ≤ R = (1−β1)/(√(1−β2)·√(1−β1²/β2)).",
                hypotheses: "β1² < β2")
            .Citing(new Citation("our conjecture", "Lemma B.2 of arXiv 2507.05966 extended to AMSGrad", "unverified"))
            .Generating(random =>
            {
                double b1 = random.Uniform(0, 0.99);
                double b2 = random.Uniform((b1 * b1) + 1e-3, 0.9999);
                double[] g = Enumerable.Range(0, random.NextInt(1, 300)).Select(_ => random.Cauchy()).ToArray();
                return new AmsGradCase(b1, b2, g);
            })
            .Assuming(c => c.Beta1 * c.Beta1 < c.Beta2 ? null : "β1² ≥ β2")
            .Observing(c => LargestRatio(c) / SignRatioBound.R(c.Beta1, c.Beta2))
            .Mutating("one gradient scaled", (c, random) =>
            {
                double[] g = (double[])c.Gradients.Clone();
                g[random.NextInt(g.Length)] *= Math.Exp(random.Normal());
                return c with { Gradients = g };
            })
            .Mutating("sign flipped", (c, random) =>
            {
                double[] g = (double[])c.Gradients.Clone();
                int i = random.NextInt(g.Length);
                g[i] = -g[i];
                return c with { Gradients = g };
            })
            .Mutating("gradient appended", (c, random) => c with { Gradients = [.. c.Gradients, random.Cauchy()] });

    /// <summary>max_t |m_t|/√v̂max_t along the case's gradients, from the reference update.</summary>
    public static double LargestRatio(AmsGradCase c)
    {
        var options = new AdamOptions(alpha: 0, beta1: c.Beta1, beta2: c.Beta2, epsilon: 0, biasCorrection: false, amsGrad: AmsGradForm.MaxOfV);
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

// Run it (in a test, a script or the debugger):
//   ClaimResult result = AmsGradRatioConjecture.Builder().Build().Check(new ClaimRunSettings(BudgetLevel.Quick, 1));
//   Console.WriteLine($"{result.Verdict}: {result.Evidence}");
//   SearchResult push = AmsGradRatioConjecture.Builder().Build().Search(new SearchSettings(20_000, 1, StopAtViolation: false));
//   Console.WriteLine($"{push} (gains: {string.Join(", ", push.OperatorGains)})");
// README-EXAMPLE-END
