using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Bootstrap;

/// <summary>The two bootstrap scripts under test, and how each is started.</summary>
public static class BootstrapScript
{
    public const string Bash = "build.sh";

    public const string PowerShell = "build.ps1";

    /// <summary>Runs <paramref name="script"/> in <paramref name="repository"/> with <paramref name="args"/>, as a user would.</summary>
    public static Task<ProcessResult> RunAsync(
        string script, string repository, IReadOnlyList<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null) =>
        script switch
        {
            Bash => ChildProcess.RunAsync("bash", [Bash, .. args], repository, timeout, environment),
            PowerShell => ChildProcess.RunAsync(
                Pwsh.Path ?? throw new InvalidOperationException(Pwsh.Missing), ["-NoProfile", "-NonInteractive", "-File", $"./{PowerShell}", .. args], repository, timeout, environment),
            _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Not a bootstrap script."),
        };
}
