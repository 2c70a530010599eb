using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// Local changes of a sign-ratio case for targeted search: scale one gradient by exp(σ·N(0,1)) with σ log-uniform in
/// [1e-7, 1] (multi-scale, so the climb can refine to 1e-6 and still jump); tilt a suffix geometrically
/// (g_s ← g_s·r^{s−k}); flip a sign; copy a neighbour; nudge β1 or β2 (relative 10^{U(−6,−1)}); append or drop the first
/// gradient (up to <see cref="MaxLength"/>). Magnitudes stay in the §7 window [1e-150, 1e150].
/// </summary>
public static class SignRatioMutator
{
    /// <summary>The longest sequence a mutant may grow to (keeps each evaluation cheap).</summary>
    public const int MaxLength = 600;

    /// <summary>One mutant.</summary>
    public static SignRatioInstance Mutate(SignRatioInstance instance, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(random);
        double[] g = (double[])instance.Gradients.Clone();
        int n = g.Length;
        double sigma = Math.Pow(10, random.Uniform(-7, 0));
        switch (random.NextInt(10))
        {
            case 0:
            case 1:
            case 2:
            {
                int i = random.NextInt(n);
                g[i] = Clamp(g[i] == 0 ? random.Sign() * 1e-3 : g[i] * Math.Exp(sigma * random.Normal()));
                break;
            }

            case 3:
            {
                int k = random.NextInt(n);
                double r = Math.Exp(sigma * random.Normal());
                for (int s = k; s < n; s++)
                {
                    g[s] = Clamp(g[s] * Math.Pow(r, s - k));
                }

                break;
            }

            case 4:
            {
                int i = random.NextInt(n);
                g[i] = -g[i];
                break;
            }

            case 5:
            {
                int i = random.NextInt(n);
                g[i] = g[(i + n - 1) % n];
                break;
            }

            case 6:
                return instance with { Beta1 = Nudge(instance.Beta1, sigma * 0.1, random) };
            case 7:
                return instance with { Beta2 = Nudge(instance.Beta2, sigma * 0.1, random) };
            case 8:
                return n < MaxLength ? instance with { Gradients = [.. g, Clamp(g[^1] * Math.Exp(sigma * random.Normal()))] } : instance with { Gradients = g[1..] };
            default:
                return n > 2 ? instance with { Gradients = g[1..] } : instance with { Gradients = g };
        }

        return instance with { Gradients = g };
    }

    private static double Nudge(double beta, double relative, SeededRandom random)
    {
        double b = beta * Math.Exp(relative * random.Normal());
        return Math.Clamp(b, 1e-6, 1 - 1e-9);
    }

    private static double Clamp(double v) => v == 0 || double.IsNaN(v) ? 0 : Math.Sign(v) * Math.Clamp(Math.Abs(v), 1e-150, 1e150);
}
