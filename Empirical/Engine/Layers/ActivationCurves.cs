using MathNet.Numerics;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// The smooth activations' values and first two derivatives, in double (<see cref="SmoothActivationLayer{T}"/>):
/// tanh: σ' = 1 − σ², σ'' = −2σ(1 − σ²); softplus: σ = log(1 + eˣ), σ' = s = 1/(1 + e^−x), σ'' = s(1 − s);
/// GELU: σ = x·Φ(x), σ' = Φ(x) + x·φ(x), σ'' = φ(x)(2 − x²), with Φ(x) = (1 + erf(x/√2))/2 and φ(x) = e^{−x²/2}/√(2π).
/// </summary>
public static class ActivationCurves
{
    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>σ(x), σ'(x) and σ''(x) of <paramref name="activation"/>.</summary>
    public static (double Value, double First, double Second) Evaluate(Activation activation, double x)
    {
        switch (activation)
        {
            case Activation.Tanh:
            {
                double t = Math.Tanh(x);
                double d = 1 - (t * t);
                return (t, d, -2 * t * d);
            }

            case Activation.Softplus:
            {
                // log(1 + e^x) without overflow: x + log1p(e^−x) for x > 0.
                double value = x > 0 ? x + double.LogP1(Math.Exp(-x)) : double.LogP1(Math.Exp(x));
                double s = x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
                return (value, s, s * (1 - s));
            }

            case Activation.Gelu:
            {
                double cdf = 0.5 * (1 + SpecialFunctions.Erf(x / Math.Sqrt(2)));
                double pdf = InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);
                return (x * cdf, cdf + (x * pdf), pdf * (2 - (x * x)));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "not a smooth activation");
        }
    }
}
