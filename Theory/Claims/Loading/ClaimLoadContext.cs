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
        catch (FileLoadException) when (Shared(assemblyName))
        {
            throw new FileLoadException($"the assembly needs {assemblyName.FullName}, and adamv runs with version {typeof(IClaim).Assembly.GetName().Version}; build it against this version of Adam.Verification.Theory.");
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            // Not the host's (or a version the host lacks): the user's own dependency, from beside the assembly.
            string? path = _resolver.ResolveAssemblyToPath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }

    /// <summary>The assemblies a claim must share with the host for its types to be the host's.</summary>
    private static bool Shared(AssemblyName name) =>
        name.Name is { } n && (n.StartsWith("Adam.Verification.", StringComparison.Ordinal) || n is "FsCheck" or "FSharp.Core");

    /// <inheritdoc/>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
