using Automation.Cli.Completion;
using Automation.Cli.Running;

namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation :completion &lt;shell&gt;</c> prints a completion script; <c>automation :complete &lt;words...&gt;</c>, which
/// that script calls on TAB, prints the candidates for the last word, one a line, from the completion list the build
/// wrote on its last run (<c>.nuke/temp/completion.txt</c>). It never compiles or starts the build, so it answers in
/// the time the tool takes to start.
/// </summary>
internal static class CompletionCommand
{
    public static int Script(IReadOnlyList<string> args, CommandConsole console)
    {
        if (args.Count != 1 || CompletionScripts.For(args[0]) is not { } script)
        {
            console.Error.WriteLine($"automation :completion: name one shell: {string.Join(", ", CompletionScripts.Shells)}. E.g. source <(automation :completion bash)");
            return 2;
        }

        console.Output.Write(script);
        return 0;
    }

    public static int Complete(IReadOnlyList<string> words, CommandConsole console, string workingDirectory)
    {
        foreach (var candidate in ShellCompletion.Candidates(BuildLauncher.FindRoot(workingDirectory), words))
        {
            console.Output.WriteLine(candidate);
        }

        return 0;
    }
}
