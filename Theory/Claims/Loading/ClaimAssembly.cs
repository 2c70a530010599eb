using System.Diagnostics;
using System.Reflection;

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
/// writes the project's own bin and obj folders as any build of it would).
/// </summary>
public static class ClaimAssembly
{
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

        IReadOnlyList<Func<IClaim>> factories = Discover(assembly, $"{option}: {path}");
        if (factories.Count == 0)
        {
            throw new ArgumentException($"{option}: '{path}' holds no claims (a public type implementing IClaim with a public parameterless constructor, or a public static property, field or parameterless method returning an IClaim or IEnumerable<IClaim>).");
        }

        return new ClaimSource(path, assemblyPath, factories);
    }

    /// <summary>The claim factories of <paramref name="assembly"/>, types and members in ordinal order of their names.</summary>
    public static IReadOnlyList<Func<IClaim>> Discover(Assembly assembly, string source)
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

        var factories = new List<Func<IClaim>>();
        foreach (Type type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (typeof(IClaim).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false }
                && type.GetConstructor(Type.EmptyTypes) is { } constructor)
            {
                factories.Add(() => (IClaim)constructor.Invoke(null));
            }

            if (type.ContainsGenericParameters)
            {
                continue;
            }

            const BindingFlags Static = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            IEnumerable<(string Name, Type Type, Func<object?> Get)> members =
            [
                .. type.GetProperties(Static).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }).Select(p => (p.Name, p.PropertyType, (Func<object?>)(() => p.GetValue(null)))),
                .. type.GetFields(Static).Select(f => (f.Name, f.FieldType, (Func<object?>)(() => f.GetValue(null)))),
                .. type.GetMethods(Static).Where(m => m.GetParameters().Length == 0 && !m.IsSpecialName && !m.ContainsGenericParameters).Select(m => (m.Name, m.ReturnType, (Func<object?>)(() => m.Invoke(null, null)))),
            ];
            foreach ((string name, Type memberType, Func<object?> get) in members.OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                string where = $"{source}: {type.FullName}.{name}";
                if (typeof(IClaim).IsAssignableFrom(memberType))
                {
                    factories.Add(() => Invoke(get, where) as IClaim ?? throw new ArgumentException($"{where} returned null instead of a claim."));
                }
                else if (typeof(IEnumerable<IClaim>).IsAssignableFrom(memberType))
                {
                    int count = (Invoke(get, where) as IEnumerable<IClaim>)?.Count() ?? throw new ArgumentException($"{where} returned null instead of claims.");
                    for (int i = 0; i < count; i++)
                    {
                        int index = i;
                        factories.Add(() => ((IEnumerable<IClaim>)Invoke(get, where)!).ElementAtOrDefault(index)
                            ?? throw new ArgumentException($"{where} returned fewer claims than the first time ({index + 1} expected)."));
                    }
                }
            }
        }

        return factories;
    }

    private static object? Invoke(Func<object?> get, string where)
    {
        try
        {
            return get();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new ArgumentException($"{where} threw {e.InnerException.GetType().Name}: {e.InnerException.Message}", e.InnerException);
        }
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

        using Process process = Process.Start(info) ?? throw new ArgumentException($"{option}: could not start 'dotnet build' for '{project}'.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0)
        {
            string first = lines.Concat(error.Result.Split('\n', StringSplitOptions.TrimEntries)).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? "see dotnet build's output";
            throw new ArgumentException($"{option}: 'dotnet build {project}' failed (exit {process.ExitCode}): {first}");
        }

        string? target = lines.LastOrDefault(l => l.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        return target is not null && File.Exists(target)
            ? target
            : throw new ArgumentException($"{option}: 'dotnet build {project}' did not report an assembly (TargetPath); is it a class library or an executable project?");
    }
}
