using Adam.Verification.Cli.Output;

namespace Adam.Verification.Properties.Cli;

/// <summary>Colour only where a person reads: any writer other than the process's own unredirected console stays plain.</summary>
public sealed class TerminalTests
{
    [Fact]
    public void A_captured_or_redirected_writer_gets_no_styling()
    {
        Assert.Null(Terminal.For(new StringWriter()));
        Assert.Null(Terminal.For(TextWriter.Null));
        if (Console.IsOutputRedirected)
        {
            Assert.Null(Terminal.For(Console.Out));
        }
    }
}
