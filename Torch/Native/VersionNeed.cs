namespace Adam.Verification.Torch.Native;

/// <summary>
/// One symbol-version requirement of a shared library (an <c>Elf64_Vernaux</c> entry of its <c>.gnu.version_r</c>
/// section): the library it is needed from, the version name, whether it is weak (<c>VER_FLG_WEAK</c>: the dynamic
/// linker loads the object even when no loaded library defines the version), and where its flags lie in the file.
/// </summary>
/// <param name="File">The library the version is needed from (<c>libstdc++.so.6</c>).</param>
/// <param name="Version">The version name (<c>GLIBCXX_3.4.32</c>).</param>
/// <param name="Weak">Whether <c>vna_flags</c> has <c>VER_FLG_WEAK</c> (0x2).</param>
/// <param name="Index">The version index (<c>vna_other</c>) that <c>.gnu.version</c> gives the symbols bound to it.</param>
/// <param name="FlagsOffset">The file offset of the entry's 16-bit <c>vna_flags</c>.</param>
public sealed record VersionNeed(string File, string Version, bool Weak, int Index, long FlagsOffset);
