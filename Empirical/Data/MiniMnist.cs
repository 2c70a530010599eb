using System.Numerics;
using Adam.Verification.Empirical.Engine;

namespace Adam.Verification.Empirical.Data;

/// <summary>
/// Mini-MNIST as arXiv 2309.08339 uses it (5,500 training and 1,000 test images): for each digit d = 0..9, images
/// 0–549 of d (package order) go to training and images 550–649 to test. Both sets are ordered digit-major: all training
/// 0s, then all training 1s, …; labels follow.
/// </summary>
public sealed record MiniMnist(float[] TrainImages, int[] TrainLabels, float[] TestImages, int[] TestLabels)
{
    /// <summary>Training images per class.</summary>
    public const int TrainPerClass = 550;

    /// <summary>Test images per class.</summary>
    public const int TestPerClass = 100;

    /// <summary>Training set size (5,500).</summary>
    public int TrainCount => TrainLabels.Length;

    /// <summary>Test set size (1,000).</summary>
    public int TestCount => TestLabels.Length;

    /// <summary>Builds the split from the digits.</summary>
    public static MiniMnist From(MnistDigits digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var train = new float[10 * TrainPerClass * MnistDigits.Pixels];
        var test = new float[10 * TestPerClass * MnistDigits.Pixels];
        var trainLabels = new int[10 * TrainPerClass];
        var testLabels = new int[10 * TestPerClass];
        for (int d = 0; d < 10; d++)
        {
            for (int i = 0; i < TrainPerClass + TestPerClass; i++)
            {
                bool isTrain = i < TrainPerClass;
                int row = isTrain ? (d * TrainPerClass) + i : (d * TestPerClass) + (i - TrainPerClass);
                digits.Image(d, i, (isTrain ? train : test).AsSpan(row * MnistDigits.Pixels, MnistDigits.Pixels));
                (isTrain ? trainLabels : testLabels)[row] = d;
            }
        }

        return new MiniMnist(train, trainLabels, test, testLabels);
    }

    /// <summary>The 5,500 training images as engine data over T (pixels in [0, 1], 10 classes).</summary>
    public LabelledData<T> Train<T>()
        where T : unmanaged, IFloatingPointIeee754<T> => Convert<T>(TrainImages, TrainLabels);

    /// <summary>The 1,000 test images as engine data over T.</summary>
    public LabelledData<T> Test<T>()
        where T : unmanaged, IFloatingPointIeee754<T> => Convert<T>(TestImages, TestLabels);

    private static LabelledData<T> Convert<T>(float[] images, int[] labels)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var converted = new T[images.Length];
        for (int i = 0; i < images.Length; i++)
        {
            converted[i] = T.CreateTruncating(images[i]);
        }

        return new LabelledData<T>(converted, (int[])labels.Clone(), MnistDigits.Pixels, 10);
    }
}
