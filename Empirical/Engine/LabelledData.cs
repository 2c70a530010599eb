using System.Numerics;

namespace Adam.Verification.Empirical.Engine;

/// <summary>
/// A labelled set for classification, sample-major: sample i is <see cref="Inputs"/>[i·InputSize .. (i+1)·InputSize)
/// with class <see cref="Labels"/>[i] ∈ {0, …, classes − 1}.
/// </summary>
public sealed record LabelledData<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Checks the shapes and the labels.</summary>
    public LabelledData(T[] inputs, int[] labels, int inputSize, int classes)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (inputs.Length != labels.Length * inputSize)
        {
            throw new ArgumentException($"{labels.Length} labels need {labels.Length * inputSize} input values of {inputSize} each; got {inputs.Length}.");
        }

        int bad = Array.FindIndex(labels, label => label < 0 || label >= classes);
        if (bad >= 0)
        {
            throw new ArgumentException($"label {labels[bad]} of sample {bad} is outside 0..{classes - 1}.");
        }

        Inputs = inputs;
        Labels = labels;
        InputSize = inputSize;
        Classes = classes;
    }

    /// <summary>The inputs, sample-major.</summary>
    public T[] Inputs { get; }

    /// <summary>The class of each sample.</summary>
    public int[] Labels { get; }

    /// <summary>Values per sample.</summary>
    public int InputSize { get; }

    /// <summary>The number of classes.</summary>
    public int Classes { get; }

    /// <summary>The number of samples.</summary>
    public int Count => Labels.Length;

    /// <summary>The samples at <paramref name="indices"/>, in that order (a mini-batch).</summary>
    public LabelledData<T> Select(ReadOnlySpan<int> indices)
    {
        var inputs = new T[indices.Length * InputSize];
        var labels = new int[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            Inputs.AsSpan(indices[i] * InputSize, InputSize).CopyTo(inputs.AsSpan(i * InputSize));
            labels[i] = Labels[indices[i]];
        }

        return new LabelledData<T>(inputs, labels, InputSize, Classes);
    }

    /// <summary>The first <paramref name="count"/> samples of every class, in class order (a smaller, balanced set).</summary>
    public LabelledData<T> FirstPerClass(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var taken = new int[Classes];
        var indices = new List<int>();
        for (int c = 0; c < Classes; c++)
        {
            for (int i = 0; i < Count && taken[c] < count; i++)
            {
                if (Labels[i] == c)
                {
                    indices.Add(i);
                    taken[c]++;
                }
            }
        }

        return Select(indices.ToArray());
    }
}
