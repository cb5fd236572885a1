using Automation.Cli.Commands;

namespace Automation.Cli;

/// <summary>The <c>automation</c> tool: <c>automation :version</c> now; <c>:setup</c> and running a repository's build arrive with their issues.</summary>
internal static class Program
{
    private static int Main(string[] args) => CommandDispatcher.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), BuildEnvironment.FromProcess(args, CancellationToken.None).Variables);
}
