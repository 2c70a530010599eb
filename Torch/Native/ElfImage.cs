using System.Buffers.Binary;
using System.Text;

namespace Adam.Verification.Torch.Native;

/// <summary>
/// A read-only view of a little-endian ELF64 shared object, enough to read and weaken symbol-version requirements:
/// the section headers, <c>.gnu.version_r</c> (needs), <c>.gnu.version_d</c> (definitions), <c>.gnu.version</c>
/// (each dynamic symbol's version index), <c>.dynsym</c> and the <c>SHT_RELA</c> sections that relocate against it.
/// Layouts are the System V gABI's and the GNU symbol-versioning extension's (Elf64_Shdr 64 bytes, Elf64_Sym 24,
/// Elf64_Rela 24, Elf64_Verneed/Vernaux 16 each, Elf64_Verdef 20, Elf64_Verdaux 8).
/// </summary>
public sealed class ElfImage
{
    private const uint ShtRela = 4, ShtDynsym = 11, ShtGnuVerdef = 0x6ffffffd, ShtGnuVerneed = 0x6ffffffe, ShtGnuVersym = 0x6fffffff;
    private const ushort VerFlagWeak = 0x2;

    private readonly byte[] _image;
    private readonly Section[] _sections;

    private ElfImage(byte[] image, string source)
    {
        _image = image;
        Source = source;
        ReadOnlySpan<byte> b = image;
        if (b.Length < 64 || b[0] != 0x7f || b[1] != (byte)'E' || b[2] != (byte)'L' || b[3] != (byte)'F')
        {
            throw new FormatException($"{source}: not an ELF file.");
        }

        if (b[4] != 2 || b[5] != 1)
        {
            throw new FormatException($"{source}: not a little-endian 64-bit ELF file (class {b[4]}, data {b[5]}).");
        }

        long shoff = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(b[0x28..]));
        int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(b[0x3A..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(b[0x3C..]);
        if (shentsize != 64 || shoff <= 0 || shoff + ((long)shnum * 64) > b.Length)
        {
            throw new FormatException($"{source}: section header table out of bounds.");
        }

        var sections = new Section[shnum];
        for (int i = 0; i < shnum; i++)
        {
            ReadOnlySpan<byte> h = b.Slice((int)(shoff + (i * 64L)), 64);
            sections[i] = new Section(
                BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
                checked((long)BinaryPrimitives.ReadUInt64LittleEndian(h[24..])),
                checked((long)BinaryPrimitives.ReadUInt64LittleEndian(h[32..])),
                BinaryPrimitives.ReadUInt32LittleEndian(h[40..]));
            if (sections[i].Type != 8 && sections[i].Offset + sections[i].Size > b.Length)
            {
                throw new FormatException($"{source}: section {i} extends past the end of the file.");
            }
        }

        _sections = sections;
    }

    /// <summary>Where the image came from (for messages).</summary>
    public string Source { get; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static ElfImage Read(string path) => new(File.ReadAllBytes(path), path);

    /// <summary>Wraps <paramref name="image"/> (not copied; not modified).</summary>
    public static ElfImage Of(byte[] image, string source) => new(image, source);

    /// <summary>Every version requirement, in file order.</summary>
    public IReadOnlyList<VersionNeed> Needs()
    {
        var needs = new List<VersionNeed>();
        foreach (Section s in _sections.Where(s => s.Type == ShtGnuVerneed))
        {
            Section strings = _sections[(int)s.Link];
            long entry = s.Offset;
            while (true)
            {
                ReadOnlySpan<byte> vn = Span(entry, 16);
                int count = BinaryPrimitives.ReadUInt16LittleEndian(vn[2..]);
                string file = String(strings, BinaryPrimitives.ReadUInt32LittleEndian(vn[4..]));
                long aux = entry + BinaryPrimitives.ReadUInt32LittleEndian(vn[8..]);
                for (int k = 0; k < count; k++)
                {
                    ReadOnlySpan<byte> a = Span(aux, 16);
                    ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(a[4..]);
                    needs.Add(new VersionNeed(file, String(strings, BinaryPrimitives.ReadUInt32LittleEndian(a[8..])), (flags & VerFlagWeak) != 0, BinaryPrimitives.ReadUInt16LittleEndian(a[6..]), aux + 4));
                    uint next = BinaryPrimitives.ReadUInt32LittleEndian(a[12..]);
                    if (next == 0)
                    {
                        break;
                    }

                    aux += next;
                }

                uint nextNeed = BinaryPrimitives.ReadUInt32LittleEndian(vn[12..]);
                if (nextNeed == 0)
                {
                    break;
                }

                entry += nextNeed;
            }
        }

        return needs;
    }

    /// <summary>Every version the object defines (<c>.gnu.version_d</c>; the first name of each definition).</summary>
    public IReadOnlySet<string> Definitions()
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (Section s in _sections.Where(s => s.Type == ShtGnuVerdef))
        {
            Section strings = _sections[(int)s.Link];
            long entry = s.Offset;
            while (true)
            {
                ReadOnlySpan<byte> vd = Span(entry, 20);
                uint aux = BinaryPrimitives.ReadUInt32LittleEndian(vd[12..]);
                defined.Add(String(strings, BinaryPrimitives.ReadUInt32LittleEndian(Span(entry + aux, 8))));
                uint next = BinaryPrimitives.ReadUInt32LittleEndian(vd[16..]);
                if (next == 0)
                {
                    break;
                }

                entry += next;
            }
        }

        return defined;
    }

    /// <summary>
    /// The dynamic symbols bound to version index <paramref name="index"/> that some relocation refers to: symbols the
    /// dynamic linker must look up when the object loads or a call is first made. A version none of whose symbols is
    /// relocated is required for the record only (GCC 13's <c>&lt;iostream&gt;</c> names
    /// <c>std::ios_base_library_init()</c> that way, to pull in <c>GLIBCXX_3.4.32</c>).
    /// </summary>
    public IReadOnlyList<string> RelocatedSymbols(int index)
    {
        Section? dynsym = _sections.FirstOrDefault(s => s.Type == ShtDynsym);
        Section? versym = _sections.FirstOrDefault(s => s.Type == ShtGnuVersym);
        if (dynsym is null || versym is null)
        {
            return [];
        }

        int symbols = (int)(dynsym.Size / 24);
        var bound = new HashSet<int>();
        for (int i = 0; i < symbols && (i * 2) + 2 <= versym.Size; i++)
        {
            if ((BinaryPrimitives.ReadUInt16LittleEndian(Span(versym.Offset + (i * 2L), 2)) & 0x7fff) == index)
            {
                bound.Add(i);
            }
        }

        int dynsymIndex = Array.IndexOf(_sections, dynsym);
        var relocated = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Section rela in _sections.Where(s => s.Type == ShtRela && s.Link == dynsymIndex))
        {
            for (long r = 0; r + 24 <= rela.Size; r += 24)
            {
                int symbol = (int)(BinaryPrimitives.ReadUInt64LittleEndian(Span(rela.Offset + r + 8, 8)) >> 32);
                if (bound.Contains(symbol))
                {
                    relocated.Add(String(_sections[(int)dynsym.Link], BinaryPrimitives.ReadUInt32LittleEndian(Span(dynsym.Offset + (symbol * 24L), 4))));
                }
            }
        }

        return [.. relocated];
    }

    /// <summary>
    /// A copy of the image with <c>VER_FLG_WEAK</c> set on <paramref name="needs"/>' flags: the only bytes that differ
    /// are those flags. The image itself is not modified.
    /// </summary>
    public byte[] WithWeakened(IEnumerable<VersionNeed> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        byte[] copy = (byte[])_image.Clone();
        foreach (VersionNeed n in needs)
        {
            Span<byte> flags = copy.AsSpan(checked((int)n.FlagsOffset), 2);
            BinaryPrimitives.WriteUInt16LittleEndian(flags, (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(flags) | VerFlagWeak));
        }

        return copy;
    }

    private ReadOnlySpan<byte> Span(long offset, int length) =>
        offset >= 0 && offset + length <= _image.Length ? _image.AsSpan((int)offset, length) : throw new FormatException($"{Source}: a version record at offset {offset} lies outside the file.");

    private string String(Section strings, uint offset)
    {
        ReadOnlySpan<byte> rest = Span(strings.Offset + offset, (int)Math.Min(strings.Size - offset, int.MaxValue));
        int end = rest.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
    }

    private sealed record Section(uint Type, long Offset, long Size, uint Link);
}
