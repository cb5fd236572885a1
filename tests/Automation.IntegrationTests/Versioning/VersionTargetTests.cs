using Automation.Components;

namespace Automation.IntegrationTests.Versioning;

/// <summary>The <c>version</c> component target in a real repository: printed, noted in the summary, handed to the CI host.</summary>
public sealed class VersionTargetTests
{
    private sealed class Build : AutomationBuild, IVersion
    {
        Target Pack => _ => _.DependsOn<IVersion>().Executes(ctx => ctx.Info($"packing {((IVersion)this).CurrentVersion.SemVer}"));
    }

    [Fact]
    public void The_version_is_computed_once_printed_noted_and_handed_to_github_actions()
    {
        using var repository = VersioningRepository.Create();
        repository.TaggedCommit("1.2.0");
        repository.Commits(2);
        var expected = repository.Calculate();
        var outputs = Path.Combine(Directory.CreateTempSubdirectory("automation-github-").FullName, "output");

        var (exitCode, output) = Run(repository, new Dictionary<string, string> { ["GITHUB_OUTPUT"] = outputs }, "pack", "--host", "github-actions");

        Assert.Equal(0, exitCode);
        Assert.Contains($"Version {expected.FullSemVer} on main", output, StringComparison.Ordinal);
        Assert.Contains($"packing {expected.SemVer}", output, StringComparison.Ordinal);
        Assert.Matches($@"\nversion +Succeeded +\S+ s +{System.Text.RegularExpressions.Regex.Escape(expected.FullSemVer)}\n", output);
        Assert.Contains($"\n{expected.FullSemVer}\n", File.ReadAllText(outputs), StringComparison.Ordinal);
        Assert.Contains("FullSemVer<<", File.ReadAllText(outputs), StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_pipelines_gets_the_build_number()
    {
        using var repository = VersioningRepository.Create();
        repository.TaggedCommit("3.0.0");

        var (exitCode, output) = Run(repository, new Dictionary<string, string>(), "version", "--host", "azure-pipelines");

        Assert.Equal(0, exitCode);
        Assert.Contains("##vso[build.updatebuildnumber]3.0.0\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shallow_clone_fails_the_target_saying_how_to_fetch_history_unless_allowed()
    {
        using var source = VersioningRepository.Create();
        source.TaggedCommit("1.0.0");
        source.Commits(3);
        using var shallow = VersioningRepository.CloneShallow(source);

        var refused = Run(shallow, new Dictionary<string, string>(), "version");
        var allowed = Run(shallow, new Dictionary<string, string>(), "version", "--allow-shallow");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("fetch-depth", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
    }

    private static (int ExitCode, string Output) Run(VersioningRepository repository, Dictionary<string, string> variables, params string[] arguments)
    {
        Directory.CreateDirectory(Path.Combine(repository.Root, ".nuke"));
        using var output = new StringWriter { NewLine = "\n" };
        var exitCode = AutomationBuild.Execute<Build>(new BuildEnvironment
        {
            Arguments = arguments,
            Variables = variables,
            WorkingDirectory = repository.Root,
            Output = output,
        });
        return (exitCode, output.ToString());
    }
}
