using System.Diagnostics;
using System.Linq.Expressions;

namespace Automation.IntegrationTests.Tools.Resolution;

/// <summary>The outcome of an in-process build.</summary>
public sealed record InProcessRun(int ExitCode, string Output, TimeSpan Duration)
{
    public InProcessRun AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}, got {ExitCode} after {Duration.TotalSeconds:0.0} s. Output:{Environment.NewLine}{Output}");
        return this;
    }
}

/// <summary>
/// Runs a build class in this process, as <c>AutomationBuild.Execute</c> would from <c>Main</c>, with the real process
/// environment plus overrides, captured output and a real interrupt token that fires after a timeout.
/// </summary>
public static class InProcessBuild
{
    private static readonly string[] Scrubbed = ["REPORTGENERATOR_EXE", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "TEAMCITY_VERSION", "JENKINS_URL", "APPVEYOR", "BITBUCKET_BUILD_NUMBER", "TRAVIS", "CI"];

    public static InProcessRun Run<TBuild>(string root, IReadOnlyDictionary<string, string> overrides, TimeSpan timeout, params string[] args)
        where TBuild : AutomationBuild, new()
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var variables = new Dictionary<string, string>(BuildEnvironment.ProcessVariables(), OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var name in Scrubbed.Concat(variables.Keys.Where(k => k.StartsWith("AUTOMATION_", StringComparison.OrdinalIgnoreCase))).ToList())
        {
            variables.Remove(name);
        }

        foreach (var (name, value) in overrides)
        {
            variables[name] = value;
        }

        using var interrupt = new CancellationTokenSource(timeout);
        using var output = new StringWriter();
        var environment = new BuildEnvironment
        {
            Arguments = args,
            Variables = variables,
            WorkingDirectory = root,
            Output = output,
            Interrupt = interrupt.Token,
        };
        var clock = Stopwatch.StartNew();
        var exitCode = AutomationBuild.Execute(environment, Array.Empty<Expression<Func<TBuild, Target>>>());
        return new InProcessRun(exitCode, output.ToString().ReplaceLineEndings("\n"), clock.Elapsed);
    }
}
