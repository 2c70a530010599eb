using System.CommandLine;
using Adam.Verification.Theory.Claims.Loading;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>--claims-from PATH</c> (repeatable): the claims and conjectures of a user's assembly or project join the
/// catalogue for this command (<see cref="ClaimAssembly"/> says what counts as a claim).
/// </summary>
public static class ClaimsFromOption
{
    /// <summary>The option's name.</summary>
    public const string Name = Catalogue.ClaimsFromOption;

    /// <summary>A new instance of the option.</summary>
    public static Option<string[]> Create() => new(Name)
    {
        Description = "An assembly (.dll) or project (.csproj, built with dotnet build -c Release) whose public claims and conjectures join the catalogue for this command: public types implementing IClaim with a parameterless constructor, and public static properties, fields or parameterless methods returning an IClaim or IEnumerable<IClaim>. Repeatable.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Loads the sources the command line names and includes them in the catalogue until disposed.</summary>
    /// <exception cref="ArgumentException">A path does not load, holds no claims, or reuses an id.</exception>
    public static IDisposable Include(ParseResult parse, Option<string[]> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        string[] paths = parse.GetValue(option) ?? [];
        return paths.Length == 0 ? Scope.None : Catalogue.Including([.. paths.Select(p => ClaimAssembly.Load(p, Name))]);
    }
}
