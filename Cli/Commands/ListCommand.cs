using System.CommandLine;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Commands;

/// <summary><c>adamv list</c>: every claim with its citation, variant, hypotheses, statement and how it applies to networks.</summary>
public static class ListCommand
{
    /// <summary>Builds the command writing to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        var claimsFrom = ClaimsFromOption.Create();
        var command = new Command("list", "Print every claim's definition: citation, variant, presets, hypotheses, statement, expected verdict, cases per budget, planted faults and how it applies to networks.\n\nExample:\n  adamv list");
        command.Options.Add(claimsFrom);
        command.SetAction(parse =>
        {
            using IDisposable loaded = ClaimsFromOption.Include(parse, claimsFrom);
            foreach (IClaim claim in Catalogue.All())
            {
                ClaimDefinition d = claim.Definition;
                output.WriteLine($"{d.Id}  [expected: {d.ExpectedVerdict}]");
                output.WriteLine($"  citation:   {d.Citation}");
                output.WriteLine($"  variant:    {d.Variant}");
                output.WriteLine($"  presets:    {(d.Presets.Count == 0 ? "none (not optimizer-specific)" : string.Join(", ", d.Presets.Select(p => p.Name)))}");
                output.WriteLine($"  hypotheses: {d.Hypotheses}");
                output.WriteLine($"  statement:  {d.Statement}");
                output.WriteLine($"  cases:      {d.Cases.Quick} / {d.Cases.Standard} / {d.Cases.Thorough} (quick / standard / thorough)");
                output.WriteLine($"  faults:     {string.Join("; ", claim.PlantedFaults)}");
                output.WriteLine(d.Objectives == ObjectiveKind.Networks
                    ? "  objectives: generated small networks (the cases above)"
                    : $"  networks:   {d.Networks?.ToString() ?? "not stated"}");
                output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
