using System.CommandLine;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Commands;

/// <summary><c>adamv list</c>: every claim with its citation, variant, hypotheses and statement.</summary>
public static class ListCommand
{
    /// <summary>Builds the command writing to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        var command = new Command("list", "Print every claim with its citation, variant, hypotheses, statement and expected verdict.\n\nExample:\n  adamv list");
        command.SetAction(_ =>
        {
            foreach (IClaim claim in Catalogue.All())
            {
                output.WriteLine($"{claim.Id}  [expected: {claim.ExpectedVerdict}]");
                output.WriteLine($"  citation:   {claim.Citation}");
                output.WriteLine($"  variant:    {claim.Variant}");
                output.WriteLine($"  hypotheses: {claim.Hypotheses}");
                output.WriteLine($"  statement:  {claim.Statement}");
                output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
