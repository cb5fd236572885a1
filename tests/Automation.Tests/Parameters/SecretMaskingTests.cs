using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>A [Secret] value, from any source, never appears in the console output or in build.log, whatever channel carries it.</summary>
[Collection(ProcessConsoleCollection.Name)]
public sealed class SecretMaskingTests
{
    private const string Canary = "CANARY-5f3a9";

    private sealed class Secrets : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;

        Target Info => _ => _.Executes(ctx => Saw(() => ctx.Info($"token is {Token}")));

        Target Debug => _ => _.Executes(ctx => Saw(() => ctx.Debug($"token is {Token}")));

        Target Warn => _ => _.Executes(ctx => Saw(() => ctx.Warn($"token {Token} expires soon")));

        Target Error => _ => _.Executes(ctx => Saw(() => ctx.Error($"token {Token} was refused")));

        Target Note => _ => _.Executes(ctx => Saw(() => ctx.Note($"published with {Token}")));

        Target Command => _ => _.Executes(ctx => Saw(() => ctx.Run($"tool --token {Token} --verbose")));

        Target Fail => _ => _.Executes(() => Saw(() => throw new InvalidOperationException($"upload with {Token} failed")));

        private void Saw(Action action)
        {
            Trace.Record("saw " + Token);
            action();
        }
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in new[] { "command-line", "environment", "parameters.json" })
        {
            foreach (var channel in new[] { "info", "debug", "warn", "error", "note", "command", "fail", "fail-verbose" })
            {
                data.Add(source, channel);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Secret_never_reaches_the_output_or_the_log(string source, string channel)
    {
        using var repo = new TestRepository();
        var variables = new Dictionary<string, string>();
        var args = new List<string> { channel.Split('-')[0] };
        switch (source)
        {
            case "command-line":
                args.AddRange(["--token", Canary]);
                break;
            case "environment":
                variables["TOKEN"] = Canary;
                break;
            default:
                repo.WriteFile(".nuke/parameters.json", $$"""{ "Token": "{{Canary}}" }""");
                break;
        }

        args.AddRange(channel switch
        {
            "debug" or "fail-verbose" => ["--verbosity", "verbose"],
            "command" => ["--dry-run"],
            _ => [],
        });

        var run = BuildHarness.Run<Secrets>(new BuildOptions { Repository = repo, Variables = variables }, [.. args]);

        Assert.Equal(channel.StartsWith("fail", StringComparison.Ordinal) ? 1 : 0, run.ExitCode);
        Assert.Equal(["saw " + Canary], run.Trace);
        AssertMasked(run, Canary);
    }

    [Fact]
    public void Dry_run_echoes_the_command_with_the_secret_masked()
    {
        var run = BuildHarness.Run<Secrets>("command", "--dry-run", "--token", Canary);

        Assert.Contains("[dry-run] > tool --token *** --verbose", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistyped_secret_option_with_an_inline_value_is_reported_without_the_value()
    {
        var run = BuildHarness.Run<Secrets>("info", $"--tokn={Canary}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option '--tokn'. Did you mean '--token'?", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
    }

    private sealed class BadSecret : AutomationBuild
    {
        [Parameter, Secret] readonly int Pin = 0;
        [Parameter, Secret] readonly int[] Pins = [];

        Target Show => _ => _.Executes(() => Recorded.Values(("pin", Pin), ("pins", Pins)));
    }

    [Theory]
    [InlineData("command-line", "pin")]
    [InlineData("environment", "pin")]
    [InlineData("parameters.json", "pin")]
    [InlineData("command-line", "pins")]
    [InlineData("environment", "pins")]
    public void Bad_value_for_a_secret_is_reported_without_the_value(string source, string name)
    {
        using var repo = new TestRepository();
        var variables = new Dictionary<string, string>();
        var args = new List<string> { "show" };
        var value = name == "pins" ? "1," + Canary : Canary;
        if (source == "command-line")
        {
            args.AddRange(["--" + name, value]);
        }
        else if (source == "environment")
        {
            variables[name.ToUpperInvariant()] = value;
        }
        else
        {
            repo.WriteFile(".nuke/parameters.json", $$"""{ "{{name}}": "{{value}}" }""");
        }

        var run = BuildHarness.Run<BadSecret>(new BuildOptions { Repository = repo, Variables = variables }, [.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Invalid value '***' for parameter --{name}", run.Output, StringComparison.Ordinal);
        AssertMasked(run, Canary);
    }

    private sealed class RuntimeSecret : AutomationBuild
    {
        [Parameter, Secret] readonly string Default = "DEFAULT-CANARY-77";

        Target Read => _ => _.Executes(ctx =>
        {
            ctx.Info("before registration: nothing to hide yet");
            ctx.Note("LATE-CANARY-41 noted before it was known to be secret");
            ctx.Secret("LATE-CANARY-41");
            ctx.Secret("RUNTIME-CANARY-8c1d");
            ctx.Info("read RUNTIME-CANARY-8c1d from a file; default is " + Default);
            ctx.Warn("RUNTIME-CANARY-8c1d expires soon");
            throw new InvalidOperationException("RUNTIME-CANARY-8c1d was refused");
        });
    }

    [Fact]
    public void Values_registered_at_run_time_and_secret_initializers_are_masked()
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<RuntimeSecret>(new BuildOptions { Repository = repo }, "read", "--verbosity", "verbose");

        Assert.Equal(1, run.ExitCode);
        AssertMasked(run, "RUNTIME-CANARY-8c1d");
        AssertMasked(run, "DEFAULT-CANARY-77");
        AssertMasked(run, "LATE-CANARY-41");
        Assert.Contains("warning: *** expires soon", run.Output, StringComparison.Ordinal);
    }

    private sealed class UnsetSecrets : AutomationBuild
    {
        [Parameter, Secret] readonly int Pin = 0;
        [Parameter, Secret] readonly bool Toggle = false;
        [Parameter, Secret] readonly string? Token = null;

        Target Show => _ => _.Executes(ctx =>
        {
            Trace.Record($"{Pin} {Toggle} {Token}");
            ctx.Info("retried 0 times, cache hit: False");
        });
    }

    [Fact]
    public void Secrets_without_a_value_mask_nothing()
    {
        var run = BuildHarness.Run<UnsetSecrets>("show");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("retried 0 times, cache hit: False", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("***", run.Output, StringComparison.Ordinal);
    }

    private sealed class Shadowed : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;

        Target Show => _ => _.Executes(ctx =>
        {
            ctx.Info($"winner {Token}, environment {EnvironmentVariables["TOKEN"]}");
            Console.WriteLine($"file {File.ReadAllText(RootDirectory / ".nuke" / "parameters.json")}");
            ctx.Info($"overridden {File.ReadAllText(RootDirectory / "overridden.txt")}");
            throw new InvalidOperationException("fails, so --continue has a run to resume");
        });
    }

    [Fact]
    public void Shadowed_and_overridden_values_of_a_secret_are_masked_and_never_recorded()
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", """{ "Token": "FILE-CANARY-22" }""");
        var options = new BuildOptions { Repository = repo, Variables = new Dictionary<string, string> { ["TOKEN"] = "ENVIRONMENT-CANARY-1" } };

        repo.WriteFile("overridden.txt", "OVERRIDDEN-CANARY-5");

        var run = BuildHarness.Run<Shadowed>(options, "show", "--token", "OVERRIDDEN-CANARY-5", "--token", "WINNER-CANARY-3");
        var resumed = BuildHarness.Run<Shadowed>(options, "show", "--token", "OVERRIDDEN-CANARY-5", "--token", "WINNER-CANARY-3", "--continue");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("winner ***, environment ***", run.Output, StringComparison.Ordinal);
        Assert.Contains("file { \"Token\": \"***\" }", run.Output, StringComparison.Ordinal);
        Assert.Contains("overridden ***", run.Output, StringComparison.Ordinal);
        var record = File.ReadAllText(Path.Combine(repo.Root, ".nuke", "temp", "last-run.json"));
        foreach (var canary in new[] { "FILE-CANARY-22", "ENVIRONMENT-CANARY-1", "OVERRIDDEN-CANARY-5", "WINNER-CANARY-3" })
        {
            AssertMasked(run, canary);
            AssertMasked(resumed, canary);
            Assert.DoesNotContain(canary, record, StringComparison.Ordinal);
        }
    }

    private static void AssertMasked(BuildRun run, string secret)
    {
        Assert.NotNull(run.Log);
        Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Log, StringComparison.Ordinal);
        Assert.Contains("***", run.Output, StringComparison.Ordinal);
        Assert.Contains("***", run.Log, StringComparison.Ordinal);
    }
}
