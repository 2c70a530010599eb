using Adam.Verification.Empirical.Data;

namespace Adam.Verification.Properties.Empirical;

/// <summary>The committed MNIST digits: counts, shape, checksum, the mini-MNIST split, and clear errors on damage.</summary>
public sealed class MnistDataTests
{
    [Fact]
    public void The_digits_load_with_their_counts_and_the_mini_split_is_balanced()
    {
        MnistDigits digits = MnistDigits.Load();
        Assert.Equal(10_000, digits.Count);
        MiniMnist mini = MiniMnist.From(digits);
        Assert.Equal(5_500, mini.TrainCount);
        Assert.Equal(1_000, mini.TestCount);
        Assert.All(Enumerable.Range(0, 10), d => Assert.Equal(550, mini.TrainLabels.Count(l => l == d)));
        Assert.All(Enumerable.Range(0, 10), d => Assert.Equal(100, mini.TestLabels.Count(l => l == d)));
        Assert.All(mini.TrainImages, p => Assert.InRange(p, 0f, 1f));

        // Digit-major order: the first test image of digit 3 is image 550 of digit 3.
        var expected = new float[MnistDigits.Pixels];
        digits.Image(3, 550, expected);
        Assert.Equal(expected, mini.TestImages.AsSpan(3 * 100 * MnistDigits.Pixels, MnistDigits.Pixels).ToArray());

        // Real digits: mean ink differs between 1s and 0s, and every image has some ink.
        double Ink(int d) => Enumerable.Range(0, 550).Average(i => mini.TrainImages.AsSpan(((d * 550) + i) * 784, 784).ToArray().Sum());
        Assert.True(Ink(0) > 1.5 * Ink(1), $"ink of 0s {Ink(0)} vs 1s {Ink(1)}");
    }

    [Fact]
    public void A_missing_or_damaged_file_gets_a_message_that_names_the_problem()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-mnist-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string missing = Path.Combine(dir, "none.bin.gz");
        Assert.Contains("missing", Assert.Throws<InvalidDataException>(() => MnistDigits.Load(missing)).Message, StringComparison.Ordinal);

        string notGzip = Path.Combine(dir, "plain.bin.gz");
        File.WriteAllText(notGzip, "not gzip at all");
        Assert.Contains("gzip", Assert.Throws<InvalidDataException>(() => MnistDigits.Load(notGzip)).Message, StringComparison.Ordinal);

        // One pixel changed inside a valid gzip stream: the checksum catches it.
        byte[] raw;
        using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(MnistDigits.DefaultPath), System.IO.Compression.CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gz.CopyTo(buffer);
            raw = buffer.ToArray();
        }

        raw[^100] ^= 0x01;
        string damaged = Path.Combine(dir, "damaged.bin.gz");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(damaged), System.IO.Compression.CompressionLevel.Fastest))
        {
            gz.Write(raw);
        }

        Assert.Contains("SHA-256", Assert.Throws<InvalidDataException>(() => MnistDigits.Load(damaged)).Message, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }
}
