using System.Linq.Expressions;
using Automation.ConfigurationFiles;

namespace Automation.Testing;

/// <summary>
/// Runs a build in the test's own process with a <see cref="CommandRecorder"/> in scope, so a test asserts what
/// <c>./build.sh clean --docs</c> would run without running it. Targets run their own code (they read and write real
/// files); only the programs they start are recorded and answered. Builds run at the same time in one process (xunit's
/// parallel test classes) each see only their own recorder.
/// </summary>
public static class BuildTest
{
    /// <summary>Runs <typeparamref name="TBuild"/> with <paramref name="arguments"/> in <paramref name="rootDirectory"/>, as a local build with no environment variables.</summary>
    /// <param name="rootDirectory">The repository root: a folder holding <c>.nuke/</c> (created when missing).</param>
    /// <param name="commands">Records and answers the commands.</param>
    /// <param name="arguments">The command line, as after <c>./build.sh</c>.</param>
    /// <returns>The exit code, output and commands.</returns>
    public static BuildTestRun Run<TBuild>(string rootDirectory, CommandRecorder commands, params string[] arguments)
        where TBuild : AutomationBuild, new()
    {
        ArgumentNullException.ThrowIfNull(rootDirectory);
        Directory.CreateDirectory(Path.Combine(rootDirectory, ".nuke"));
        return Run<TBuild>(new BuildEnvironment { Arguments = arguments, WorkingDirectory = rootDirectory }, commands);
    }

    /// <summary>
    /// Runs <typeparamref name="TBuild"/> in <paramref name="environment"/>. Its output, errors included, is captured in
    /// <see cref="BuildTestRun.Output"/> (the environment's <see cref="BuildEnvironment.Output"/> and
    /// <see cref="BuildEnvironment.ErrorOutput"/> are not used). Unless the variables name them
    /// (<c>AUTOMATION_SYSTEM_CONFIG</c>, <c>AUTOMATION_USER_CONFIG</c>), the machine's and the user's configuration files
    /// are not read, so a test gives the same result on every machine.
    /// </summary>
    /// <param name="environment">Arguments, variables, working directory, clock and interrupt.</param>
    /// <param name="commands">Records and answers the commands.</param>
    /// <param name="defaultTargets">The targets to run when none is named.</param>
    /// <returns>The exit code, output and commands.</returns>
    public static BuildTestRun Run<TBuild>(BuildEnvironment environment, CommandRecorder commands, params Expression<Func<TBuild, Target>>[] defaultTargets)
        where TBuild : AutomationBuild, new()
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(commands);
        var before = commands.Commands.Count;
        using var output = new StringWriter();
        var variables = new Dictionary<string, string>(environment.Variables);
        var absent = Path.Combine(environment.WorkingDirectory, ".nuke", "temp", "no-such-configuration.json");
        variables.TryAdd(ConfigurationLocations.SystemVariable, absent);
        variables.TryAdd(ConfigurationLocations.UserVariable, absent);
        int exitCode;
        using (commands.Start())
        {
            exitCode = AutomationBuild.Execute(environment with { Output = output, ErrorOutput = null, Variables = variables }, defaultTargets);
        }

        return new BuildTestRun(exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), [.. commands.Commands.Skip(before)]);
    }
}
