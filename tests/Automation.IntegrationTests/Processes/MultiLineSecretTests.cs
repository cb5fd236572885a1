namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A multi-line secret — a PEM key given as a <c>[Secret]</c> parameter or registered at run time — printed by a real
/// child process never appears, not one of its lines, on the console, in build.log or in the captured result: output
/// is masked a line at a time, so each line of the secret is masked on its own, however the tool prints the lines
/// (as they are, indented, with CRLF line ends, run together, on stderr, or hidden and kept only in build.log).
/// </summary>
public sealed class MultiLineSecretTests
{
    private static readonly string[] KeyLines =
    [
        "-----BEGIN PRIVATE KEY-----",
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7PEMCANARY01x",
        "Vb2kq3Lk0q1vYz9PEMCANARY02p4nD8wXg7sTq0mZc1rKJf5u2hA6yWbE3LdQ0vR",
        "tY7nQ1cZ8xPEMCANARY03kS5vB2mW9aJf4eH6gU0rTq3LpN8yXc1oVd7iKs2Fz==",
        "-----END PRIVATE KEY-----",
    ];

    private static readonly string Key = string.Join('\n', KeyLines) + "\n";

    private sealed class Keys : AutomationBuild
    {
        [Parameter, Secret] readonly string? PrivateKey = null;

        Target Print => _ => _.Executes(ctx =>
        {
            if (PrivateKey is null)
            {
                ctx.Secret(File.ReadAllText(RootDirectory / "key.pem"));
            }

            Scenario.Current.Record(ctx.Shell("cat key.pem; sed 's/^/    /' key.pem; sed 's/$/\\r/' key.pem; tr -d '\\n' < key.pem; echo; cat key.pem >&2"));
            ctx.Run("cat", ["key.pem"], new RunOptions { Hide = OutputHiding.Both });
            Console.WriteLine(File.ReadAllText(RootDirectory / "key.pem"));
        });
    }

    public static TheoryData<string> Sources => ["parameter", "runtime"];

    [PosixTheory]
    [MemberData(nameof(Sources))]
    public async Task No_line_of_a_PEM_key_printed_by_a_child_process_reaches_any_output(string source)
    {
        using var scenario = new Scenario();
        scenario.Write("key.pem", Key);
        string[] args = source == "parameter" ? ["print", $"--private-key={Key}"] : ["print"];

        var run = (await InProcessBuild.RunAsync<Keys>(args)).AssertExitCode(0);

        var result = scenario.SingleResult();
        foreach (var (channel, text) in new[] { ("console", run.Output), ("build.log", run.Log), ("captured output", result.StandardOutput + result.StandardError) })
        {
            Assert.False(text.Contains("PEMCANARY", StringComparison.Ordinal), $"The {channel} leaks the key:{Environment.NewLine}{text}");
            Assert.False(text.Contains("PRIVATE KEY", StringComparison.Ordinal), $"The {channel} leaks the key's armour:{Environment.NewLine}{text}");
        }

        // It was printed: as it is, indented, with CRLF ends, run together, on stderr, and hidden (build.log only).
        run.AssertOutputContains("***\n***\n***\n***\n***\n    ***\n    ***\n");
        run.AssertOutputContains("\n***************\n");
        Assert.Equal(Enumerable.Repeat("***", 5), result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("> cat key.pem", run.Log, StringComparison.Ordinal);
        Assert.True(run.Log.Split("> cat key.pem")[^1].Split('\n').Count(line => line == "***") >= 5, run.Log);
    }
}
