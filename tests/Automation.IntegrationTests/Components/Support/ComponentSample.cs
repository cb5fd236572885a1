using System.Diagnostics;
using Automation.IntegrationTests.Support;
using Automation.IntegrationTests.Versioning;

namespace Automation.IntegrationTests.Components.Support;

/// <summary>
/// The sample repository in a temp folder, committed to a real git repository, and a way to run a build class over it
/// in this process (its commands are real child processes). CI variables of the test host are hidden from the build,
/// so a run is a laptop run unless a test sets them.
/// </summary>
public sealed class ComponentSample : IDisposable
{
    private static readonly string[] HostVariables = ["GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "TEAMCITY_VERSION", "JENKINS_URL", "APPVEYOR", "BITBUCKET_BUILD_NUMBER", "TRAVIS", "CI", "GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_STEP_SUMMARY"];

    private readonly TempDirectory _directory = new("components");

    private ComponentSample()
    {
    }

    public string Root => _directory.Root;

    /// <summary>Writes the sample's files and commits them on <c>main</c>.</summary>
    public static ComponentSample Create()
    {
        var sample = new ComponentSample();
        foreach (var (path, content) in ComponentSampleSources.Files)
        {
            sample.Write(path, content);
        }

        sample.Git("init", "--quiet", "--initial-branch=main");
        sample.Commit("Initial sample");
        return sample;
    }

    public string PathOf(string relativePath) => _directory.PathOf(relativePath);

    public string Write(string relativePath, string content) => _directory.Write(relativePath, content);

    /// <summary>Commits everything with the given message.</summary>
    public void Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=Automation Tests", "-c", "user.email=tests@automation.invalid", "commit", "--quiet", "--allow-empty", "-m", message);
    }

    /// <summary>Runs git in the sample and returns its standard output; a failure fails the test.</summary>
    public string Git(params string[] arguments)
    {
        var result = GitCli.Run(Root, arguments);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.StandardError}");
        return result.StandardOutput.Trim();
    }

    /// <summary>Runs <typeparamref name="TBuild"/> in this process with the sample as its root.</summary>
    public ComponentRun Run<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new() => Run<TBuild>(new Dictionary<string, string>(), args);

    /// <summary>Runs <typeparamref name="TBuild"/> with extra environment variables (CI host variables, secrets).</summary>
    public ComponentRun Run<TBuild>(IReadOnlyDictionary<string, string> variables, params string[] args)
        where TBuild : AutomationBuild, new()
    {
        ArgumentNullException.ThrowIfNull(variables);
        var environment = new Dictionary<string, string>(BuildEnvironment.ProcessVariables(), StringComparer.Ordinal);
        foreach (var name in HostVariables.Concat(environment.Keys.Where(k => k.StartsWith("AUTOMATION_", StringComparison.OrdinalIgnoreCase))).ToList())
        {
            environment.Remove(name);
        }

        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        using var interrupt = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exitCode = AutomationBuild.Execute<TBuild>(new BuildEnvironment
        {
            Arguments = args,
            Variables = environment,
            WorkingDirectory = Root,
            Output = output,
            Interrupt = interrupt.Token,
        });
        return new ComponentRun(exitCode, output.ToString().ReplaceLineEndings("\n"), clock.Elapsed);
    }

    public void Dispose() => _directory.Dispose();
}

