using System.Reflection;
using System.Runtime.Loader;

namespace Adam.Verification.Theory.Claims.Loading;

/// <summary>
/// The load context of a user's claim assembly: every assembly the host can load itself (this library, FsCheck, the
/// runtime) comes from the host, so the user's claims implement the host's <see cref="IClaim"/>; the user's own
/// dependencies come from beside the assembly, as its <c>.deps.json</c> resolves them.
/// </summary>
internal sealed class ClaimLoadContext(string assemblyPath) : AssemblyLoadContext($"claims from {System.IO.Path.GetFileName(assemblyPath)}")
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (FileNotFoundException)
        {
            string? path = _resolver.ResolveAssemblyToPath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }

    /// <inheritdoc/>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
