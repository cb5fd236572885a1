namespace Automation.IntegrationTests.Tools.Git;

/// <summary>Calls the git wrappers from a real target: runs a one-target build in-process with the repository as its root.</summary>
public static class GitProbe
{
    // Flows from the test into the target's action, like the unit tests' trace.
    private static readonly AsyncLocal<Action<ITargetContext>?> Action = new();

    /// <summary>Runs <paramref name="query"/> in a target of a build whose root (a folder with <c>.nuke/</c>) is <paramref name="root"/>.</summary>
    public static T Query<T>(string root, Func<ITargetContext, T> query, params string[] options)
    {
        T result = default!;
        Action.Value = ctx => result = query(ctx);
        using var output = new StringWriter();
        var exitCode = AutomationBuild.Execute<ProbeBuild>(new BuildEnvironment { Arguments = ["probe", .. options], WorkingDirectory = root, Output = output });
        Assert.True(exitCode == 0, $"The probe build failed with exit code {exitCode}:{Environment.NewLine}{output}");
        return result;
    }

    private sealed class ProbeBuild : AutomationBuild
    {
        Target Probe => _ => _.Executes(ctx => (Action.Value ?? throw new InvalidOperationException("No query set."))(ctx));
    }
}
