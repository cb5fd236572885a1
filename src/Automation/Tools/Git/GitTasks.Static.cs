using Automation.Processes;

namespace Automation;

// NUKE's static forms, run through the running target (CurrentTarget) as the ctx forms are.
public static partial class GitTasks
{
    /// <summary>Runs <c>git</c> with a command line in the running target: <c>Git($"tag {version}")</c>.</summary>
    /// <param name="arguments">The arguments as one string; interpolated values are quoted when needed.</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
    /// <param name="timeout">A time limit in milliseconds.</param>
    /// <param name="logOutput">False hides the output (it is still returned).</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <param name="logger">Receives each output line instead of the build output, once git has ended (<c>logger: (_, _) =&gt; { }</c> hides it).</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">git exited with a code other than 0.</exception>
    public static IReadOnlyCollection<OutputLine> Git(
        ref ArgumentStringHandler arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null,
        Action<OutputType, string>? logger = null)
    {
        var context = CurrentTarget.Require(nameof(Git));
        var options = ProcessOptions.From(workingDirectory, environmentVariables, timeout, logger is null ? logOutput : false, logInvocation);
        var lines = OutputLine.Of(Git(context, CommandLineText.Split(arguments.ToStringAndClear()), options));
        foreach (var line in logger is null ? [] : lines)
        {
            logger!(line.Type, line.Text);
        }

        return lines;
    }

    /// <summary>Runs <c>git</c> with a command line given as plain text (<c>Git("status --porcelain")</c>), in the running target.</summary>
    /// <param name="arguments">The arguments as one string, split as a shell would (quotes group).</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
    /// <param name="timeout">A time limit in milliseconds.</param>
    /// <param name="logOutput">False hides the output (it is still returned).</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <param name="logger">Receives each output line instead of the build output, once git has ended.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">git exited with a code other than 0.</exception>
    public static IReadOnlyCollection<OutputLine> Git(
        string arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null,
        Action<OutputType, string>? logger = null)
    {
        ArgumentStringHandler handler = arguments;
        return Git(ref handler, workingDirectory, environmentVariables, timeout, logOutput, logInvocation, logger);
    }

    /// <summary>Whether the working tree has no changes (<c>git status --porcelain</c> lists nothing), in the running target's directory.</summary>
    /// <returns>True when clean.</returns>
    public static bool GitHasCleanWorkingCopy() => !GitIsDirty(CurrentTarget.Require(nameof(GitHasCleanWorkingCopy)));

    /// <summary>Whether the working tree in <paramref name="workingDirectory"/> has no changes.</summary>
    /// <param name="workingDirectory">The repository.</param>
    /// <returns>True when clean.</returns>
    public static bool GitHasCleanWorkingCopy(string workingDirectory)
    {
        var context = CurrentTarget.Require(nameof(GitHasCleanWorkingCopy));
        using var scope = context.Cd(workingDirectory);
        return !GitIsDirty(context);
    }

    /// <summary>The checked-out branch of the running target's directory, or null when HEAD is detached.</summary>
    /// <returns>The short branch name, or null.</returns>
    public static string? GitCurrentBranch() => GitCurrentBranch(CurrentTarget.Require(nameof(GitCurrentBranch)));

    /// <summary>The full SHA of HEAD in the running target's directory.</summary>
    /// <returns>The commit id.</returns>
    public static string GitCurrentCommit() => GitCommit(CurrentTarget.Require(nameof(GitCurrentCommit)));
}
