using Automation.Cli.Commands;

namespace Automation.Cli;

/// <summary>The <c>automation</c> tool: <c>:setup</c>, <c>:version</c>, and running the build of the repository it is started in.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => CommandDispatcher.RunAsync(args, CommandConsole.FromProcess(), Directory.GetCurrentDirectory(), BuildEnvironment.FromProcess(args, CancellationToken.None).Variables);
}
