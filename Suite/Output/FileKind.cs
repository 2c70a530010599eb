using System.Runtime.InteropServices;

namespace Adam.Verification.Suite.Output;

/// <summary>
/// Whether an existing path is a special file (a FIFO, a character or block device, a socket), which an output must be
/// written into directly: renaming a temporary onto it would replace the pipe or device with a regular file.
/// On Linux the type comes from <c>statx(2)</c> (following links; its layout is the same on every architecture);
/// elsewhere a path under <c>/dev</c> or <c>/proc</c> counts as special.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    /// <summary>True when <paramref name="path"/> exists and is neither a regular file nor a directory.</summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            byte[] buffer = new byte[256];
            try
            {
                if (NativeMethods.Statx(AtFdCwd, path, 0, StatxType, buffer) == 0)
                {
                    int type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
                    return type != Regular && type != Directory;
                }

                return false;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // An old C library without statx: fall through to the path test.
            }
        }

        return path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal);
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
