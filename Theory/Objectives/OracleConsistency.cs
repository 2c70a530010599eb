using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// Checks that an objective's oracles are the derivatives of its value, by central differences along random unit
/// directions u (a hypothesis of every claim about "the gradient of L" when the oracle is code, not a formula):
/// <code>
/// gradient:  |⟨∇L(w), u⟩ − (L(w + hu) − L(w − hu))/(2h)|     ≤ tol·(‖∇L(w)‖ + 1e-12),  h = 1e-5
/// HVP:       ‖∇²L(w)·u − (∇L(w + hu) − ∇L(w − hu))/(2h)‖     ≤ tol·(‖∇²L(w)·u‖ + ‖∇L(w)‖ + 1e-12),  h = 1e-4
/// </code>
/// The differences' own error is O(h²·‖∇³L‖) + O(ε_mach·|L|/h), about 1e-9 relative for smooth small networks; a
/// dropped term of the oracle is of the order of the oracle itself.
/// </summary>
public static class OracleConsistency
{
    /// <summary>The relative tolerance both checks use.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>
    /// The gradient against the differences of the value along <paramref name="directions"/> random directions: the
    /// largest error relative to its allowance (≤ 1 when the oracle passes) and what was compared there.
    /// </summary>
    public static (double Ratio, string Detail) CheckGradient(IObjective objective, ReadOnlySpan<double> w, SeededRandom random, int directions = 2)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        const double H = 1e-5;
        int d = objective.Dimension;
        double[] g = new double[d];
        objective.Gradient(w, g);
        double norm = VectorMath.Norm(g);
        double[] plus = new double[d], minus = new double[d];
        (double Ratio, string Detail) worst = (double.NegativeInfinity, string.Empty);
        for (int k = 0; k < directions; k++)
        {
            double[] u = UnitDirection(d, random);
            Shift(w, u, H, plus, minus);
            double difference = (objective.Value(plus) - objective.Value(minus)) / (2 * H);
            double directional = VectorMath.Dot(g, u);
            double ratio = Math.Abs(directional - difference) / (Tolerance * (norm + 1e-12));
            if (!(ratio <= worst.Ratio))
            {
                worst = (double.IsNaN(ratio) ? double.PositiveInfinity : ratio, FormattableString.Invariant($"gradient oracle: ⟨∇L, u⟩ = {directional:G9} against the central difference {difference:G9} (‖∇L‖ = {norm:G3}; error {ratio:G3}× the allowance)"));
            }
        }

        return worst;
    }

    /// <summary>
    /// The Hessian-vector product against the differences of the gradient along <paramref name="directions"/> random
    /// directions: the largest error relative to its allowance (≤ 1 when the oracle passes) and what was compared there.
    /// </summary>
    public static (double Ratio, string Detail) CheckHessianVectorProduct(IObjective objective, ReadOnlySpan<double> w, SeededRandom random, int directions = 1)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        const double H = 1e-4;
        int d = objective.Dimension;
        double[] g = new double[d], hu = new double[d], gPlus = new double[d], gMinus = new double[d];
        double[] plus = new double[d], minus = new double[d];
        objective.Gradient(w, g);
        double gradientNorm = VectorMath.Norm(g);
        (double Ratio, string Detail) worst = (double.NegativeInfinity, string.Empty);
        for (int k = 0; k < directions; k++)
        {
            double[] u = UnitDirection(d, random);
            objective.HessianVectorProduct(w, u, hu);
            Shift(w, u, H, plus, minus);
            objective.Gradient(plus, gPlus);
            objective.Gradient(minus, gMinus);
            double squares = 0;
            for (int i = 0; i < d; i++)
            {
                double e = hu[i] - ((gPlus[i] - gMinus[i]) / (2 * H));
                squares += e * e;
            }

            double error = Math.Sqrt(squares), scale = VectorMath.Norm(hu);
            double ratio = error / (Tolerance * (scale + gradientNorm + 1e-12));
            if (!(ratio <= worst.Ratio))
            {
                worst = (double.IsNaN(ratio) ? double.PositiveInfinity : ratio, FormattableString.Invariant($"Hessian-vector oracle: ‖∇²L·u − central difference of ∇L‖ = {error:G3} against ‖∇²L·u‖ = {scale:G3} (error {ratio:G3}× the allowance)"));
            }
        }

        return worst;
    }

    private static double[] UnitDirection(int d, SeededRandom random)
    {
        double[] u = new double[d];
        for (int i = 0; i < d; i++)
        {
            u[i] = random.Normal();
        }

        double norm = VectorMath.Norm(u);
        for (int i = 0; i < d; i++)
        {
            u[i] /= norm;
        }

        return u;
    }

    private static void Shift(ReadOnlySpan<double> w, double[] u, double h, double[] plus, double[] minus)
    {
        for (int i = 0; i < w.Length; i++)
        {
            plus[i] = w[i] + (h * u[i]);
            minus[i] = w[i] - (h * u[i]);
        }
    }
}
