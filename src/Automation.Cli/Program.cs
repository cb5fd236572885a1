namespace Automation.Cli;

/// <summary>The <c>automation</c> tool. Its commands (<c>:version</c>, <c>:setup</c>, running a repository's build) arrive with their issues.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine($"automation: no command '{string.Join(' ', args)}' yet. This tool's commands arrive in a later release.");
        return 2;
    }
}
