using System.Text.Json;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// '-' means standard output for every option that names an output file: the data alone goes to stdout (so it pipes
/// into the next program) and what the command says goes to stderr; an option that names a directory refuses '-'.
/// </summary>
public sealed class StandardOutputTests
{
    [Fact]
    public void A_CSV_a_counterexample_a_spec_and_a_battery_go_to_standard_output_alone()
    {
        (int code, string output, string err) = Adamv.Run("rate", "--family", "F2", "--schedule", "sign-like", "--metric", "l1-average", "--horizons", "50,100", "--replicates", "2", "--csv", "-");
        Assert.True(code == 0, err);
        Assert.StartsWith("horizon,replicate,metric", output, StringComparison.Ordinal);
        Assert.Contains("exponent b =", err, StringComparison.Ordinal);
        Assert.False(File.Exists("-"));

        (int search, string json, string searchErr) = Adamv.Run("search", "--claim", "constant-step-bound-as-printed", "--evaluations", "400", "--counterexample-out", "-");
        Assert.True(search == 0, searchErr);
        using (JsonDocument doc = JsonDocument.Parse(json))
        {
            Assert.Equal("constant-step-bound-as-printed", doc.RootElement.GetProperty("claim").GetString());
        }

        (int spec, string specJson, string specErr) = Adamv.Run("experiment", "schedulers", "--spec-out", "-");
        Assert.True(spec == 0, specErr);
        JsonDocument.Parse(specJson).Dispose();
        Assert.Contains("wrote the spec to standard output", specErr, StringComparison.Ordinal);

        (int battery, string batteryJson, string batteryErr) = Adamv.Run("fingerprint", "--battery-out", "-");
        Assert.True(battery == 0, batteryErr);
        JsonDocument.Parse(batteryJson).Dispose();
    }

    [Theory]
    [InlineData("phase", "--problem", "reddi", "--out")]
    [InlineData("verify", "--claims", "reddi-period3", "--report")]
    public void An_option_that_names_a_directory_refuses_the_dash(string verb, string a, string b, string option)
    {
        (int code, string output, string err) = Adamv.Run(verb, a, b, option, "-");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"{option} names a directory of files; '-' (standard output) is for the options that name one file.", err, StringComparison.Ordinal);
    }
}
