using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>
/// The x86 features that decide which OpenBLAS kernel family a CPU can run, as the .NET runtime reports them (its
/// <c>IsSupported</c> flags include the operating system's consent to save the wider registers, as OpenBLAS's own
/// checks do).
/// </summary>
/// <param name="Vendor">The CPUID vendor string ("GenuineIntel", "AuthenticAMD"), or "" off x86.</param>
/// <param name="Avx">AVX.</param>
/// <param name="Avx2Fma">AVX2 and FMA3.</param>
/// <param name="Avx512">AVX-512 F, BW, CD, DQ and VL (the set OpenBLAS's SkylakeX kernels use).</param>
public sealed record CpuFeatures(string Vendor, bool Avx, bool Avx2Fma, bool Avx512)
{
    /// <summary>This machine's features.</summary>
    public static CpuFeatures Current { get; } = new(VendorString(), System.Runtime.Intrinsics.X86.Avx.IsSupported, Avx2.IsSupported && Fma.IsSupported,
        Avx512F.IsSupported && Avx512BW.IsSupported && Avx512CD.IsSupported && Avx512DQ.IsSupported && Avx512F.VL.IsSupported);

    /// <summary>The features in words, e.g. "GenuineIntel, AVX-512".</summary>
    public override string ToString() =>
        $"{(Vendor.Length > 0 ? Vendor : "not x86")}, {(Avx512 ? "AVX-512" : Avx2Fma ? "AVX2+FMA" : Avx ? "AVX" : "no AVX")}";

    private static string VendorString()
    {
        if (!X86Base.IsSupported)
        {
            return string.Empty;
        }

        (_, int ebx, int ecx, int edx) = X86Base.CpuId(0, 0);
        Span<byte> text = stackalloc byte[12];
        BitConverter.TryWriteBytes(text[..4], ebx);
        BitConverter.TryWriteBytes(text[4..8], edx);
        BitConverter.TryWriteBytes(text[8..], ecx);
        return Encoding.ASCII.GetString(text);
    }
}
