using Automation.Tests.Support;
using static Automation.DotNetTasks;

namespace Automation.Tests.Tools.DotNet;

/// <summary>
/// NUKE's static <c>DotNetToolInstall</c>/<c>DotNetToolUninstall</c>/<c>DotNetNuGetDelete</c> and <c>DotNetPath</c> run
/// through the current target: in a dry run nothing starts and the echoed command shows what would.
/// </summary>
public sealed class DotNetToolTasksDryRunTests
{
    private const string ApiKey = "canary-oy2-delete-key-51c9";

    private sealed class NukeStyle : AutomationBuild
    {
        Target Tools => _ => _.Executes(() =>
        {
            DotNetToolInstall(s => s.SetPackageName("dotnet-ef").SetGlobal(true).SetVersion("9.0.1"));
            DotNetToolUpdate(s => s.SetPackageName("dotnet-ef").SetGlobal(true));
            DotNetToolUninstall(s => s.SetPackageName("dotnet-ef").SetGlobal(true));
        });

        Target Unlist => _ => _.Executes(() => DotNetNuGetDelete(s => s
            .SetPackage("Lib")
            .SetVersion("1.0.0")
            .SetSource("https://feed.example/v3/index.json")
            .SetApiKey(ApiKey)
            .EnableNonInteractive()));

        Target Where => _ => _.Executes(() =>
        {
            Trace.Record(DotNetPath);
            DotNetToolInstall(s => s.SetPackageName("dotnet-ef"));
        });
    }

    [Fact]
    public void The_tool_tasks_echo_their_commands()
    {
        var run = BuildHarness.Run<NukeStyle>("tools", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\[dry-run\] > \S*dotnet tool install dotnet-ef --global --version 9\.0\.1\n", run.Output);
        Assert.Matches(@"\[dry-run\] > \S*dotnet tool update dotnet-ef --global\n", run.Output);
        Assert.Matches(@"\[dry-run\] > \S*dotnet tool uninstall dotnet-ef --global\n", run.Output);
    }

    [Fact]
    public void NuGetDelete_echoes_the_command_with_the_api_key_masked()
    {
        var run = BuildHarness.Run<NukeStyle>("unlist", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\[dry-run\] > \S*dotnet nuget delete Lib 1\.0\.0 --source https://feed\.example/v3/index\.json --api-key \*\*\* --non-interactive", run.Output);
        Assert.DoesNotContain(ApiKey, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, run.Log ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void DotNetPath_is_the_dotnet_the_tasks_start()
    {
        using var repo = new TestRepository();
        repo.WriteFile("sdk/dotnet", "#!/bin/sh\n");
        var chosen = Path.Combine(repo.Root, "sdk", "dotnet");

        var run = BuildHarness.Run<NukeStyle>(new BuildOptions { Repository = repo, Variables = new Dictionary<string, string> { ["DOTNET_EXE"] = chosen } }, "where", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([chosen], run.Trace);
        Assert.Contains($"[dry-run] > {chosen} tool install dotnet-ef", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void DotNetPath_outside_a_target_is_the_dotnet_running_the_build_unless_DOTNET_EXE_names_one()
    {
        var expected = Environment.GetEnvironmentVariable("DOTNET_EXE") is { Length: > 0 } overridden
            ? Path.GetFullPath(overridden)
            : Automation.Tools.Resolution.DotNetHost.Find(Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty));

        Assert.Equal(expected, DotNetPath);
    }
}
