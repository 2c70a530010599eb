using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Adam.Verification.Theory.Claims.Loading;

/// <summary>
/// Loads the claims and conjectures of a user's assembly, so that they join the catalogue of a run
/// (<c>adamv verify --claims-from PATH</c>). A claim is found as
/// <list type="bullet">
/// <item>a public, non-abstract, non-generic type implementing <see cref="IClaim"/> with a public parameterless constructor; or</item>
/// <item>a public static property, field or parameterless method of a public type whose type is <see cref="IClaim"/> (or
/// a type implementing it, such as a conjecture) or <see cref="IEnumerable{T}"/> of <see cref="IClaim"/>.</item>
/// </list>
/// PATH is an assembly (<c>.dll</c>) or a project (<c>.csproj</c>, built first with <c>dotnet build -c Release</c>, which
/// writes the bin and obj folders of the project and of the projects it references, as any build of it would).
/// </summary>
public static partial class ClaimAssembly
{
    /// <summary>Every assembly loaded by <see cref="Load"/> in this process (for <see cref="ThrownByLoadedCode"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentBag<Assembly> Loaded = [];

    /// <summary>
    /// The claims of the assembly or project at <paramref name="path"/>; <paramref name="option"/> names the option in
    /// messages.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The path does not exist, is neither a .dll nor a .csproj, does not build or load, or holds no claims.
    /// </exception>
    public static ClaimSource Load(string path, string option)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string extension = Path.GetExtension(full).ToLowerInvariant();
        if (!File.Exists(full))
        {
            throw new ArgumentException($"{option}: '{path}' does not exist (give a claims assembly, .dll, or a project, .csproj).");
        }

        string assemblyPath = extension switch
        {
            ".dll" => full,
            ".csproj" => Build(full, option),
            _ => throw new ArgumentException($"{option}: '{path}' is neither an assembly (.dll) nor a project (.csproj)."),
        };

        Assembly assembly;
        try
        {
            assembly = new ClaimLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new ArgumentException($"{option}: '{path}' is not a .NET assembly that loads here ({e.GetType().Name}: {e.Message})", e);
        }

        IReadOnlyList<ClaimMember> members = Discover(assembly, $"{option}: {full}");
        if (members.Count == 0)
        {
            throw new ArgumentException($"{option}: '{path}' holds no claims (a public type implementing IClaim with a public parameterless constructor, or a public static property, field or parameterless method returning an IClaim or IEnumerable<IClaim>).");
        }

        var source = new ClaimSource(full, assembly, members);
        Loaded.Add(assembly);
        string? twice = source.Ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        return twice is null
            ? source
            : throw new ArgumentException($"{option}: {full}: claim id '{twice}' is made twice in it (two members return claims with that id).");
    }

    /// <summary>
    /// Whether <paramref name="e"/> (or an exception inside it) was thrown from the code of an assembly loaded by
    /// <see cref="Load"/>, and where: for telling a user's claim that fails from a fault of the suite.
    /// </summary>
    public static string? ThrownByLoadedCode(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            foreach (StackFrame frame in new StackTrace(x, fNeedFileInfo: false).GetFrames())
            {
                if (frame.GetMethod() is { DeclaringType: { } type } method && Loaded.Contains(type.Assembly))
                {
                    return $"{type.FullName}.{method.Name} in {type.Assembly.GetName().Name}";
                }
            }
        }

        return null;
    }

    /// <summary>The claim makers of <paramref name="assembly"/>, types and members in ordinal order of their names.</summary>
    /// <param name="assembly">The user's assembly.</param>
    /// <param name="source">"--claims-from PATH", for messages.</param>
    public static IReadOnlyList<ClaimMember> Discover(Assembly assembly, string source)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            throw new ArgumentException($"{source}: its types do not load ({e.Message})", e);
        }

        var members = new List<ClaimMember>();
        foreach (Type type in types.Where(t => !t.ContainsGenericParameters).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(IClaim).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false }
                && type.GetConstructor(Type.EmptyTypes) is { } constructor)
            {
                members.Add(new ClaimMember($"{source}: new {type.FullName}()", () => constructor.Invoke(null)));
            }

            const BindingFlags Static = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            IEnumerable<(string Name, Type Type, Func<object?> Get)> found =
            [
                .. type.GetProperties(Static).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }).Select(p => (p.Name, p.PropertyType, (Func<object?>)(() => p.GetValue(null)))),
                .. type.GetFields(Static).Select(f => (f.Name, f.FieldType, (Func<object?>)(() => f.GetValue(null)))),
                .. type.GetMethods(Static).Where(m => m.GetParameters().Length == 0 && !m.IsSpecialName && !m.ContainsGenericParameters).Select(m => (m.Name, m.ReturnType, (Func<object?>)(() => m.Invoke(null, null)))),
            ];
            foreach ((string name, Type memberType, Func<object?> get) in found.OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if (typeof(IClaim).IsAssignableFrom(memberType) || typeof(IEnumerable<IClaim>).IsAssignableFrom(memberType))
                {
                    members.Add(new ClaimMember($"{source}: {type.FullName}.{name}", get));
                }
            }
        }

        return members;
    }

    private static string Build(string project, string option)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "build", project, "-c", "Release", "-nologo", "-nodeReuse:false", "-t:Build", "-getProperty:TargetPath" })
        {
            info.ArgumentList.Add(argument);
        }

        // No build server or node outlives the build, so its redirected output closes when it exits.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        Process? started;
        try
        {
            started = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ArgumentException($"{option}: could not start 'dotnet build' for '{project}' ({e.Message}); build it yourself and give the .dll.", e);
        }

        using Process process = started ?? throw new ArgumentException($"{option}: could not start 'dotnet build' for '{project}'.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            string first = lines.Concat(error.Result.Split('\n', StringSplitOptions.TrimEntries)).FirstOrDefault(l => BuildError().IsMatch(l))
                ?? $"run 'dotnet build {project} -c Release' to see why";
            throw new ArgumentException($"{option}: 'dotnet build {project}' failed (exit {process.ExitCode}): {first}");
        }

        string? target = lines.LastOrDefault(l => l.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        return target is not null && File.Exists(target)
            ? target
            : throw new ArgumentException($"{option}: 'dotnet build {project}' did not report an assembly (TargetPath); is it a class library or an executable project?");
    }

    [GeneratedRegex(@"(: error [A-Z]+\d+:|error MSB\d+|error CS\d+)")]
    private static partial Regex BuildError();
}
