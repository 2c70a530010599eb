using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Conjectures;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// Claims in the form a user's assembly gives them, for the <c>--claims-from</c> tests (which load this test assembly):
/// a public static property returning a conjecture and a public static method returning several.
/// </summary>
public static class LoadableClaims
{
    /// <summary>A false conjecture: two integers in 0…50 never sum above 50.</summary>
    public static IClaim SumAtMostFifty => Conjecture.For<IntegerPair>("fixture-sum-at-most-fifty")
        .Stating("Two integers drawn from 0…50 sum to at most 50.")
        .Expecting(Verdict.Refuted)
        .Generating(r => new IntegerPair(r.NextInt(0, 50), r.NextInt(0, 50)))
        .Observing(p => (p.A + p.B) / 50.0)
        .Build();

    /// <summary>A conjecture whose own code fails: its observable throws on every case with A above 40.</summary>
    public static IClaim Throwing => Conjecture.For<IntegerPair>("fixture-observable-throws")
        .Generating(r => new IntegerPair(r.NextInt(0, 50), r.NextInt(0, 50)))
        .Observing(p => p.A > 40 ? throw new InvalidOperationException($"the fixture's observable refuses A = {p.A}") : 0)
        .Build();

    /// <summary>Two true conjectures, and a false one expected to hold (an unexpected verdict).</summary>
    public static IEnumerable<IClaim> TrueOnes() =>
    [
        Conjecture.For<IntegerPair>("fixture-sum-at-most-hundred")
            .Stating("Two integers drawn from 0…50 sum to at most 100.")
            .Generating(r => new IntegerPair(r.NextInt(0, 50), r.NextInt(0, 50)))
            .Observing(p => (p.A + p.B) / 100.0)
            .Build(),
        Conjecture.For<IntegerPair>("fixture-product-at-most-sum-squared")
            .Stating("ab ≤ (a + b)² for integers from 0…50.")
            .Generating(r => new IntegerPair(r.NextInt(0, 50), r.NextInt(0, 50)))
            .Observing(p => p.A + p.B == 0 ? 0 : p.A * (double)p.B / ((p.A + p.B) * (double)(p.A + p.B)))
            .Build(),
        Conjecture.For<IntegerPair>("fixture-mistaken-expectation")
            .Stating("Two integers drawn from 0…50 differ by at most 25 (false; expected Held to test an unexpected verdict).")
            .Generating(r => new IntegerPair(r.NextInt(0, 50), r.NextInt(0, 50)))
            .Observing(p => Math.Abs(p.A - p.B) / 25.0)
            .Build(),
    ];
}
