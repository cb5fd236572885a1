namespace Automation.Cli.Commands;

/// <summary>Chooses the command named by the first argument (<c>:version</c>); usage errors are exit code 2.</summary>
internal static class CommandDispatcher
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var command = args.Count > 0 ? args[0] : string.Empty;
        switch (command)
        {
            case ":version":
                return VersionCommand.Run(args.Skip(1).ToList(), output, error, workingDirectory, environment);
            case "" or "-h" or "--help" or ":help":
                output.WriteLine(Usage);
                return command.Length == 0 ? 2 : 0;
            default:
                error.WriteLine($"automation: unknown command '{command}'.");
                error.WriteLine(Usage);
                return 2;
        }
    }

    public const string Usage = """
        Usage: automation <command> [options]

        Commands:
          :version [--json] [--repo <dir>] [--show-variable <Name>] [--allow-shallow]
                   The version of a git work tree, computed from its history with GitVersion 6's rules.
        """;
}
