using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Engine.Layers;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One case of <c>interpolation-strong-growth</c>: an MLP Inputs → Width (× Depth hidden layers, σ = Activation) →
/// Classes with softmax cross-entropy, on PerClass points of every class labelled by a teacher, a network of the same
/// architecture drawn from <see cref="Seed"/> (PyTorch's initialisation with every bound doubled). Points x ~ N(0, 4·I)
/// are drawn from the seed and kept while their teacher class still has room and their teacher margin (largest logit
/// minus the next) exceeds <see cref="LeastMargin"/>; the data exist when every class fills within
/// <see cref="DrawsPerPoint"/>·n draws. The labels are the teacher's, so the architecture fits them all: the teacher
/// with its output layer scaled by c has loss → 0 as c → ∞ (the data are interpolated, L* = 0 as an infimum).
/// </summary>
/// <param name="Depth">Hidden layers, 1 to 3.</param>
/// <param name="Width">Units per hidden layer, 1 to 64.</param>
/// <param name="Activation">σ: tanh, softplus or GELU.</param>
/// <param name="Inputs">Input dimension, 1 to 16.</param>
/// <param name="Classes">Classes, 2 to 6.</param>
/// <param name="PerClass">Points per class, 1 to 16 (n = PerClass·Classes).</param>
/// <param name="Seed">The stream the teacher and the points are drawn from.</param>
public sealed record InterpolatingNetworkInstance(int Depth, int Width, Activation Activation, int Inputs, int Classes, int PerClass, ulong Seed) : IValidInstance
{
    /// <summary>The least teacher margin a point is kept with (ties would leave the label undecided).</summary>
    public const double LeastMargin = 1e-3;

    /// <summary>Draws allowed per point before the data are declared impossible.</summary>
    public const int DrawsPerPoint = 200;

    /// <summary>n.</summary>
    public int Samples => PerClass * Classes;

    /// <summary>The network (student and teacher share it).</summary>
    public Network<double> Network() => Networks.Mlp<double>(Depth, Width, Inputs, Classes, activation: Activation);

    /// <summary>The teacher's parameters.</summary>
    public double[] Teacher(Network<double> network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.Initialize(new SeededRandom(SeededRandom.DeriveSeed(Seed, 1)), scale: 2);
    }

    /// <summary>The balanced, teacher-labelled points (class by class in draw order), or null when a class did not fill.</summary>
    public LabelledData<double>? Data(Network<double> network)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] teacher = Teacher(network);
        var random = new SeededRandom(SeededRandom.DeriveSeed(Seed, 2));
        var kept = new List<double[]>[Classes];
        for (int c = 0; c < Classes; c++)
        {
            kept[c] = [];
        }

        var losses = new double[Classes];
        int filled = 0;
        for (int draw = 0; draw < DrawsPerPoint * Samples && filled < Classes; draw++)
        {
            var x = new double[Inputs];
            for (int i = 0; i < Inputs; i++)
            {
                x[i] = 2 * random.Normal();
            }

            // −log p_c = logsumexp − logit_c, so the loss order is the logit order and loss gaps are logit gaps.
            for (int c = 0; c < Classes; c++)
            {
                losses[c] = network.Loss(teacher, new LabelledData<double>(x, [c], Inputs, Classes));
            }

            int label = Array.IndexOf(losses, losses.Min());
            double margin = losses.Where((_, c) => c != label).Min() - losses[label];
            if (margin > LeastMargin && kept[label].Count < PerClass)
            {
                kept[label].Add(x);
                filled += kept[label].Count == PerClass ? 1 : 0;
            }
        }

        if (filled < Classes)
        {
            return null;
        }

        double[] inputs = [.. kept.SelectMany(points => points).SelectMany(x => x)];
        int[] labels = [.. Enumerable.Range(0, Classes).SelectMany(c => Enumerable.Repeat(c, PerClass))];
        return new LabelledData<double>(inputs, labels, Inputs, Classes);
    }

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireWithin("Depth", Depth, 1, 3);
        InstanceDomain.RequireWithin("Width", Width, 1, 64);
        InstanceDomain.RequireWithin("Inputs", Inputs, 1, 16);
        InstanceDomain.RequireWithin("Classes", Classes, 2, 6);
        InstanceDomain.RequireWithin("PerClass", PerClass, 1, 16);
        if (Activation == Activation.Relu)
        {
            throw new ArgumentException("Activation must be smooth (tanh, softplus or GELU), not ReLU.", nameof(Activation));
        }
    }
}
