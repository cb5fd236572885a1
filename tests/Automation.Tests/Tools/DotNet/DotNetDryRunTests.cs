using Automation.Tests.Support;

namespace Automation.Tests.Tools.DotNet;

/// <summary>The wrappers run through the engine: in a dry run nothing starts, and the echoed command shows what would.</summary>
public sealed class DotNetDryRunTests
{
    private const string ApiKey = "oy2-not-a-parameter-key";

    private sealed class Commands : AutomationBuild
    {
        [Parameter] readonly string? DotNetPath = null;

        Target Push => _ => _.Executes(ctx => ctx.DotNetNuGetPush(s => s with
        {
            Package = "artifacts/Lib.1.0.0.nupkg",
            Source = "https://feed.example/v3/index.json",
            ApiKey = ApiKey,
            SkipDuplicate = true,
        }));

        Target Compile => _ => _.Executes(ctx =>
        {
            var result = ctx.DotNetBuild(s => s with { Project = "App.sln", Configuration = "Release", NoRestore = true });
            Trace.Record($"exit code {result.ExitCode}");
        });

        Target Format => _ => _.Executes(ctx => ctx.DotNetFormat(s => s with { ToolPath = DotNetPath, VerifyNoChanges = true }));
    }

    [Fact]
    public void Push_echoes_the_command_with_the_api_key_masked()
    {
        var run = BuildHarness.Run<Commands>("push", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\[dry-run\] > \S*dotnet nuget push artifacts/Lib\.1\.0\.0\.nupkg --source https://feed\.example/v3/index\.json --api-key \*\*\* --skip-duplicate", run.Output);
        Assert.DoesNotContain(ApiKey, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, run.Log ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrapper_runs_the_resolved_dotnet_and_returns_the_result()
    {
        var run = BuildHarness.Run<Commands>("compile", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["exit code 0"], run.Trace);
        Assert.Matches(@"\[dry-run\] > \S*dotnet build App\.sln --configuration Release --no-restore", run.Output);
    }

    [Fact]
    public void The_tool_path_setting_chooses_the_program()
    {
        using var repo = new TestRepository();
        repo.WriteFile("sdk/dotnet", "#!/bin/sh\n");
        var fake = Path.Combine(repo.Root, "sdk", "dotnet");

        var run = BuildHarness.Run<Commands>(new BuildOptions { Repository = repo }, "format", "-n", "--dot-net-path", fake);

        Assert.Contains($"[dry-run] > {fake} format --verify-no-changes", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_path_that_does_not_exist_fails_the_target_naming_it()
    {
        var run = BuildHarness.Run<Commands>("format", "-n", "--dot-net-path", "/no/such/dotnet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/no/such/dotnet does not exist", run.Output, StringComparison.Ordinal);
    }
}
