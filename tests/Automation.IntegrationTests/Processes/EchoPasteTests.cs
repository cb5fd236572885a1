namespace Automation.IntegrationTests.Processes;

/// <summary>The echoed command line, pasted into a real POSIX shell, runs the same command with the same arguments.</summary>
public sealed class EchoPasteTests
{
    private static readonly string[] Tricky =
    [
        "plain", "a b", "", " ", "say \"hi\"", "$HOME", "${PATH}", "`id`", "$(id)", "C:\\src\\", "back\\\\slash", "\\\"", "semi;colon",
        "it's", "'quoted'", "tab\tx", "new\nline", "trailing\\", "*", "*.cs", "a=b c", "ünïcödé", "%PATH%", "--opt=\"q\"", "!bang",
        "a&&b||c", "~", "#hash", "(sub)", "{a,b}", "<in", ">out", "a|b",
    ];

    private sealed class Paste : AutomationBuild
    {
        Target Run => _ => _.Executes(ctx =>
        {
            var direct = Scenario.Current.Record(ctx.Run("printf", ["<%s>\\n", .. Tricky]));
            Scenario.Current.Record(ctx.Shell(direct.CommandLine));
        });
    }

    [PosixFact]
    public async Task Pasted_echo_prints_the_same_arguments()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Paste>("run")).AssertExitCode(0);

        var results = scenario.Results.ToList();
        Assert.Equal(string.Concat(Tricky.Select(a => $"<{a}>\n")), results[0].StandardOutput);
        Assert.Equal(results[0].StandardOutput, results[1].StandardOutput);
    }
}
