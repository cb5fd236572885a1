using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>
/// Every way of writing a secret parameter (and a mistyped one) the probe tried, combined: prefixes, spellings, how the
/// value is attached or follows, repetition, and where targets and options stand. Whatever the outcome (a run or a
/// usage error), the value appears in no output, not in build.log, and not in <c>last-run.json</c>; a usage error is
/// exit 2 on one line, without a stack trace.
/// </summary>
public sealed class SecretSyntaxSpaceTests
{
    private const string Canary = "SPACE-CANARY-4e0b";
    private const string Earlier = "EARLIER-CANARY-9a";

    private sealed class Secrets : AutomationBuild
    {
        [Parameter, Secret] readonly string? ApiToken = null;
        [Parameter] readonly string? Label = null;

        Target Info => _ => _.Executes(ctx => ctx.Info($"token set: {ApiToken is not null}, label {Label}"));
    }

    public static TheoryData<string[]> CommandLines()
    {
        var data = new TheoryData<string[]>();
        string[] prefixes = ["--", "-", "/"];
        string[] names = ["api-token", "ApiToken", "API_TOKEN", "api-tokn"];
        foreach (var prefix in prefixes)
        {
            foreach (var name in names)
            {
                var option = prefix + name;
                string[][] forms =
                [
                    [$"{option}={Canary}"],
                    [$"{option}:{Canary}"],
                    [$"{option}= {Canary}"],
                    [$"{option}=", Canary],
                    [$"{option}:", Canary],
                    [option, Canary],
                    [option, Earlier, option, Canary],
                    [$"{option}={Earlier}", $"{option}:{Canary}"],
                ];
                foreach (var form in forms)
                {
                    data.Add(["info", .. form]);
                    data.Add([.. form, "info", "--label", "x"]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void No_way_of_writing_a_secret_shows_it(string[] args)
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<Secrets>(new BuildOptions { Repository = repo }, args);

        Assert.True(run.ExitCode is 0 or 1 or 2, $"exit {run.ExitCode}:\n{run.Output}");
        var record = Path.Combine(repo.Root, ".nuke", "temp", "last-run.json");
        foreach (var (channel, text) in new[] { ("output", run.Output), ("build.log", run.Log ?? string.Empty), ("last-run.json", File.Exists(record) ? File.ReadAllText(record) : string.Empty) })
        {
            Assert.False(text.Contains(Canary, StringComparison.Ordinal) || text.Contains(Earlier, StringComparison.Ordinal), $"The {channel} shows the secret for {string.Join(' ', args)}:\n{text}");
        }

        if (run.ExitCode == 2)
        {
            var errors = run.Output.Split('\n').Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).ToList();
            Assert.Single(errors);
            Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        }
    }
}
