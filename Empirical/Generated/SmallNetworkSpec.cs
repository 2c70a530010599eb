using System.Globalization;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Engine.Layers;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Generated;

/// <summary>
/// One small smooth network objective, as data: an MLP Inputs → Width (× Depth hidden layers, σ = Activation) →
/// Classes with softmax cross-entropy on Samples generated points, plus (λ/2)‖w‖² when L2 &gt; 0. The data: class means
/// μ_c ~ N(0, 1.5²·I), points x = μ_y + N(0, I) with y uniform, and each label replaced by a uniform class with
/// probability LabelNoise (so the loss need not reach its infimum 0). w_0 is PyTorch's default initialisation. Every
/// random choice comes from <see cref="Seed"/>, so the spec is the whole case. What is known: L* ≥ 0 (cross-entropy and
/// the penalty are ≥ 0; more with <see cref="Conflicts"/>), float64 throughout, exact gradient and Hessian-vector
/// product (R-operator). What is not: K and γ.
/// </summary>
public sealed record SmallNetworkSpec(int Depth, int Width, Activation Activation, int Inputs, int Classes, int Samples, double LabelNoise, double L2, ulong Seed)
{
    /// <summary>
    /// Points repeated with a different label (0 in a draw): the first <see cref="Conflicts"/> points appear a second
    /// time, labelled (y + r) mod Classes with r ~ U{1, …, Classes − 1}. No function fits both copies: each pair costs at
    /// least 2·ln 2 (−log p_a − log p_b with p_a + p_b ≤ 1), so L* ≥ 2·ln 2·Conflicts/(Samples + Conflicts) &gt; 0, and
    /// at their input the two copies' output gradients pull apart (‖p − e_a‖ + ‖p − e_b‖ ≥ √2 for the softmax output p):
    /// a non-interpolating problem whose sampling noise stays away from 0.
    /// </summary>
    public int Conflicts { get; init; }

    /// <summary>A fault planted in the network's oracles (<see cref="NetworkOracleFault.None"/> in a draw): its layers compute a wrong gradient or Hessian-vector product.</summary>
    public NetworkOracleFault Fault { get; init; }

    /// <summary>Draws a spec: depth U{1, 3}, width U{2, 32}, σ ∈ {tanh, softplus, GELU}, inputs U{2, 8}, classes U{2, 4}, samples U{8, 64}, label noise U[0, 0.3], λ = 0 or 10^U[−4, −2] (even odds).</summary>
    public static SmallNetworkSpec Draw(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int depth = random.NextInt(1, 3);
        int width = random.NextInt(2, 32);
        Activation activation = random.Choose(SmoothActivations);
        int inputs = random.NextInt(2, 8);
        int classes = random.NextInt(2, 4);
        int samples = random.NextInt(8, 64);
        double noise = random.Uniform(0, 0.3);
        double l2 = random.Bernoulli(0.5) ? 0 : Math.Pow(10, random.Uniform(-4, -2));
        return new SmallNetworkSpec(depth, width, activation, inputs, classes, samples, noise, l2, random.NextSeed());
    }

    /// <summary>This spec with a quarter of its points (at least one) repeated under another label: <see cref="Conflicts"/> = max(1, ⌊Samples/4⌋).</summary>
    public SmallNetworkSpec NonInterpolating() => this with { Conflicts = Math.Max(1, Samples / 4) };

    /// <summary>The smooth activations drawn.</summary>
    public static IReadOnlyList<Activation> SmoothActivations { get; } = [Activation.Tanh, Activation.Softplus, Activation.Gelu];

    /// <summary>The network.</summary>
    public Network<double> Network()
    {
        Network<double> exact = Networks.Mlp<double>(Depth, Width, Inputs, Classes, activation: Activation);
        return Fault == NetworkOracleFault.None ? exact : new Network<double>(exact.Name, [.. exact.Layers.Select(Planted)], exact.ChunkSize);
    }

    private ILayer<double> Planted(ILayer<double> layer) => (Fault, layer) switch
    {
        (NetworkOracleFault.DroppedBiasGradient, DenseLayer<double> dense) => new BiasGradientDroppingLayer<double>(dense),
        (NetworkOracleFault.HvpWithoutCurvatureTerm, SmoothActivationLayer<double> activation) => new CurvatureDroppingLayer<double>(activation),
        _ => layer,
    };

    /// <summary>The labelled points.</summary>
    public LabelledData<double> Data()
    {
        var random = new SeededRandom(SeededRandom.DeriveSeed(Seed, 1));
        var means = new double[Classes * Inputs];
        for (int i = 0; i < means.Length; i++)
        {
            means[i] = 1.5 * random.Normal();
        }

        if (Conflicts < 0 || Conflicts > Samples)
        {
            throw new ArgumentOutOfRangeException(nameof(Conflicts), Conflicts, $"conflicting copies must number 0 to the {Samples} samples.");
        }

        var x = new double[(Samples + Conflicts) * Inputs];
        var labels = new int[Samples + Conflicts];
        for (int s = 0; s < Samples; s++)
        {
            int y = random.NextInt(Classes);
            for (int i = 0; i < Inputs; i++)
            {
                x[(s * Inputs) + i] = means[(y * Inputs) + i] + random.Normal();
            }

            labels[s] = random.Uniform(0, 1) < LabelNoise ? random.NextInt(Classes) : y;
        }

        for (int c = 0; c < Conflicts; c++)
        {
            Array.Copy(x, c * Inputs, x, (Samples + c) * Inputs, Inputs);
            labels[Samples + c] = (labels[c] + random.NextInt(1, Classes - 1)) % Classes;
        }

        return new LabelledData<double>(x, labels, Inputs, Classes);
    }

    /// <summary>The objective L(w) (with the penalty when λ &gt; 0) and its initial point.</summary>
    public GeneratedNetwork Build()
    {
        Network<double> network = Network();
        var facts = ObjectiveFacts.Unknown with { OptimalValue = OptimalValueBound };
        IObjective loss = new NetworkObjective<double>(network, Data(), facts);
        IObjective objective = L2 > 0 ? new L2RegularisedObjective(loss, L2) : loss;
        return new GeneratedNetwork(Describe(), objective, Start(network));
    }

    /// <summary>w_0 for <paramref name="network"/> (this spec's <see cref="Network"/>): PyTorch's initialisation from the seed.</summary>
    public double[] Start(Network<double> network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.Initialize(new SeededRandom(SeededRandom.DeriveSeed(Seed, 2)));
    }

    /// <summary>The known lower bound on L*: 2·ln 2·Conflicts/(Samples + Conflicts) (0 without conflicting copies).</summary>
    public double OptimalValueBound => 2 * Math.Log(2) * Conflicts / (Samples + Conflicts);

    /// <summary>E.g. "mlp 4-16x2-3 tanh (d = 387), cross-entropy on 40 points (label noise 0.12), L2 1e-3, seed 123".</summary>
    public string Describe()
    {
        int d = Network().ParameterCount;
        string conflicts = Conflicts > 0 ? string.Create(CultureInfo.InvariantCulture, $" + {Conflicts} relabelled copies") : string.Empty;
        string penalty = L2 > 0 ? string.Create(CultureInfo.InvariantCulture, $", L2 {L2:G2}") : string.Empty;
        string fault = Fault == NetworkOracleFault.None ? string.Empty : $", planted fault {Fault}";
        return string.Create(CultureInfo.InvariantCulture, $"mlp {Inputs}-{Width}x{Depth}-{Classes} {Activation.ToString().ToLowerInvariant()} (d = {d}), cross-entropy on {Samples} points (label noise {LabelNoise:F2}){conflicts}{penalty}, seed {Seed}{fault}");
    }
}
