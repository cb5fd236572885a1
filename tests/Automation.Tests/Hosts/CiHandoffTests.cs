using Automation.Tests.Support;

namespace Automation.Tests.Hosts;

/// <summary>A target hands a build number and variables to the CI system in its own way, and nothing elsewhere.</summary>
public sealed class CiHandoffTests
{
    private sealed class Versioned : AutomationBuild
    {
        Target Version => _ => _.Executes(ctx =>
        {
            ctx.SetBuildNumber("1.2.3-beta.4+5");
            ctx.SetOutputVariable("FullSemVer", "1.2.3-beta.4+5");
        });
    }

    [Fact]
    public void Github_actions_appends_step_outputs_and_environment_to_the_files_it_names()
    {
        using var repo = new TestRepository();
        var outputs = Path.Combine(repo.Root, "github-output");
        var environment = Path.Combine(repo.Root, "github-env");
        File.WriteAllText(outputs, "earlier=1\n");

        var run = BuildHarness.Run<Versioned>(
            new BuildOptions { Repository = repo, Variables = new Dictionary<string, string> { ["GITHUB_OUTPUT"] = outputs, ["GITHUB_ENV"] = environment } },
            "version", "--host", "github-actions");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^earlier=1\nFullSemVer<<(ghadelimiter_\w+)\n1\.2\.3-beta\.4\+5\n\1\n$", File.ReadAllText(outputs));
        Assert.Matches(@"^FullSemVer<<(ghadelimiter_\w+)\n1\.2\.3-beta\.4\+5\n\1\n$", File.ReadAllText(environment));
    }

    [Fact]
    public void Azure_pipelines_updates_the_build_number_and_sets_plain_and_output_variables()
    {
        var run = BuildHarness.Run<Versioned>("version", "--host", "azure-pipelines");

        Assert.Contains("##vso[build.updatebuildnumber]1.2.3-beta.4+5\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("##vso[task.setvariable variable=FullSemVer]1.2.3-beta.4+5\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("##vso[task.setvariable variable=FullSemVer;isOutput=true]1.2.3-beta.4+5\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Teamcity_sets_the_build_number_and_an_env_parameter()
    {
        var run = BuildHarness.Run<Versioned>("version", "--host", "teamcity");

        Assert.Contains("##teamcity[buildNumber '1.2.3-beta.4+5']\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("##teamcity[setParameter name='env.FullSemVer' value='1.2.3-beta.4+5']\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_terminal_and_the_build_log_get_no_ci_commands()
    {
        var run = BuildHarness.Run<Versioned>("version", "--host", "terminal");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("1.2.3-beta.4+5", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2.3-beta.4+5", run.Log ?? string.Empty, StringComparison.Ordinal);
    }
}
