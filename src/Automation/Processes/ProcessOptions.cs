using System.Collections.ObjectModel;

namespace Automation.Processes;

/// <summary>NUKE's process parameters (working directory, a whole environment, a timeout in milliseconds, logging) as <see cref="RunOptions"/>.</summary>
internal static class ProcessOptions
{
    public static RunOptions From(string? workingDirectory, IReadOnlyDictionary<string, string>? environmentVariables, int? timeout, bool? logOutput, bool? logInvocation) => new()
    {
        WorkingDirectory = workingDirectory,
        // NUKE passes the process's whole environment, not additions to the build's.
        Environment = environmentVariables is null ? null : new ReadOnlyDictionary<string, string?>(environmentVariables.ToDictionary(p => p.Key, p => (string?)p.Value)),
        ReplaceEnvironment = environmentVariables is not null,
        Timeout = timeout is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : null,
        Hide = logOutput == false ? OutputHiding.Both : OutputHiding.None,
        Echo = logInvocation != false,
    };
}
