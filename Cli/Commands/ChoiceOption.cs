using System.CommandLine;
using System.CommandLine.Parsing;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// A typed option with a closed set of names: the command gets the value (an enum, usually) with its name
/// (<see cref="Choice{T}"/>), the help lists the names and shows the default by its name, the shell completes exactly
/// the names, and anything else is refused with one line naming the option and every valid name. No name is mapped by a
/// fallback: a value is one of the choices or an error.
/// </summary>
public static class ChoiceOption
{
    /// <summary>The option <paramref name="name"/> whose values are <paramref name="choices"/>, with <paramref name="defaultValue"/> when given.</summary>
    public static Option<Choice<T>> Create<T>(string name, string description, IReadOnlyList<(string Name, T Value)> choices, T defaultValue)
    {
        Option<Choice<T>> option = Create(name, description, choices);
        var chosen = new Choice<T>(NameOf(choices, defaultValue), defaultValue);
        option.DefaultValueFactory = _ => chosen;
        return option;
    }

    /// <summary>The option <paramref name="name"/> whose values are <paramref name="choices"/>, without a default.</summary>
    public static Option<Choice<T>> Create<T>(string name, string description, IReadOnlyList<(string Name, T Value)> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string names = string.Join(", ", choices.Select(c => c.Name));
        var option = new Option<Choice<T>>(name)
        {
            Description = description,
            HelpName = string.Join('|', choices.Select(c => c.Name)),
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result =>
            {
                string token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
                foreach ((string choice, T value) in choices)
                {
                    if (string.Equals(choice, token, StringComparison.Ordinal))
                    {
                        return new Choice<T>(choice, value);
                    }
                }

                result.AddError($"{name}: must be one of {names}; got '{Theory.Traces.StrictJson.Clip(token)}'.");
                return default!;
            },
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add([.. choices.Select(c => c.Name)]);
        return option;
    }

    /// <summary>The command-line name of <paramref name="value"/> among <paramref name="choices"/>.</summary>
    public static string NameOf<T>(IReadOnlyList<(string Name, T Value)> choices, T value)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Name;
    }

    /// <summary>The choices of an enum, each named by its member in kebab-case (ObjectiveSelection.All is "all").</summary>
    public static IReadOnlyList<(string Name, T Value)> Of<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => (Kebab(v.ToString()), v))];

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
