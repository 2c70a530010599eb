#:project ../../Theory/Adam.Verification.Theory.csproj

// A conjecture in one file: `dotnet run docs/examples/quickstart-conjecture.cs` (about 15 s the first time, which
// builds the library; 5 s after). The test suite runs this file as written and checks its verdict.
//
// Conjecture: β1 < β2 (weaker than Lemma B.2's β1² < β2) is enough to keep the sign-like magnitude |m_t|/√v_t of Adam
// (no bias correction, ε = 0) at most 1. The suite answers Refuted, with the smallest case it can shrink to.
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Conjectures;
using Adam.Verification.Theory.Optimizers;

var claim = Conjecture.For<Case>("ratio-at-most-one")
    .Stating("If β1 < β2, Adam without bias correction and ε = 0 keeps |m_t|/√v_t ≤ 1 for every gradient sequence.", hypotheses: "β1 < β2")
    .Citing(new Citation("a quickstart conjecture", "compare Lemma B.2 of arXiv 2507.05966", "unverified"))
    .Generating(random =>
    {
        double beta1 = random.Uniform(0, 0.99);
        double beta2 = random.Uniform(beta1 + 1e-3, 0.9999);
        double[] gradients = [.. Enumerable.Range(0, random.NextInt(1, 50)).Select(_ => random.Normal())];
        return new Case(beta1, beta2, gradients);
    })
    .Assuming(c => c.Beta1 < c.Beta2 ? null : "β1 ≥ β2")
    .Observing(LargestRatio)
    .Build();

ClaimResult result = claim.Check(new ClaimRunSettings(BudgetLevel.Quick, Seed: 1));
Console.WriteLine($"{result.Id}: {result.Verdict}");
Console.WriteLine(result.Counterexample is { } found
    ? $"counterexample after {found.ShrinkSteps} shrink steps (replay with case seed {found.CaseSeed}): {found.InstanceJson}\n{found.Outcome.Detail}"
    : result.Evidence);

// max_t |m_t|/√v_t along the case's gradients, by the suite's reference update.
static double LargestRatio(Case c)
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

/// <summary>One case: β1, β2 and a one-coordinate gradient sequence.</summary>
internal sealed record Case(double Beta1, double Beta2, double[] Gradients);
