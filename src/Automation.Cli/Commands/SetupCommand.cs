using System.Reflection;
using Automation.Cli.Setup;

namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation :setup [--yes] [--force] [--solution &lt;file&gt;]</c>: writes an Automation build into the git repository
/// around the working directory, fitted to its solution. It lists what it will write, asks once on a terminal (never
/// when input is not a terminal, e.g. in CI: then it proceeds as with <c>--yes</c>, which is safe because without
/// <c>--force</c> it never replaces a file), and reports what it wrote.
/// </summary>
internal static class SetupCommand
{
    private const string Name = "automation :setup";

    public static int Run(IReadOnlyList<string> args, CommandConsole console, string workingDirectory, SolutionRegistration.AddProject addProject)
    {
        var yes = false;
        var force = false;
        string? solution = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--yes" or "-y":
                    yes = true;
                    break;
                case "--force" or "-f":
                    force = true;
                    break;
                case "--solution" when i + 1 < args.Count:
                    solution = args[++i];
                    break;
                default:
                    console.Error.WriteLine($"{Name}: unknown or incomplete option '{args[i]}'.");
                    console.Error.WriteLine(CommandDispatcher.Usage);
                    return 2;
            }
        }

        try
        {
            var facts = RepositoryScanner.Scan(workingDirectory, solution);
            var steps = new SetupPlanner(facts, force, ToolVersion(), addProject).Plan();
            Describe(console.Output, facts);
            if (!Confirm(console, steps, yes))
            {
                console.Output.WriteLine("Nothing was written.");
                return 1;
            }

            foreach (var step in steps)
            {
                step.Apply();
                console.Output.WriteLine(step.Describe(done: true));
            }

            Summarize(console.Output, steps);
            return 0;
        }
        catch (SetupException exception)
        {
            console.Error.WriteLine($"{Name}: {exception.Message}");
            return 2;
        }
    }

    /// <summary>The tool's own package version (its informational version without the <c>+commit</c> suffix): the Automation.Components version the build references.</summary>
    public static string ToolVersion()
    {
        var informational = typeof(SetupCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException("The tool has no informational version.");
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    private static void Describe(TextWriter output, RepositoryFacts facts)
    {
        string Names(IReadOnlyList<AbsolutePath> projects) =>
            projects.Count == 0 ? "none" : string.Join(", ", projects.Select(p => Path.GetFileNameWithoutExtension(p.Name)));

        output.WriteLine($"Repository: {facts.Root}");
        output.WriteLine($"Solution: {facts.Solution.RelativeTo(facts.Root)}");
        output.WriteLine($"Unit test projects: {Names(facts.UnitTestProjects)}; integration test projects: {Names(facts.IntegrationTestProjects)}");
        output.WriteLine($"Packable projects: {Names(facts.PackableProjects)}");
        foreach (var project in facts.UnconventionalTestProjects)
        {
            output.WriteLine($"Note: {project.RelativeTo(facts.Root)} looks like a test project, but the test targets only run projects named *.Tests or *.IntegrationTests; rename it or override UnitTestProjects in Build.cs.");
        }
    }

    private static bool Confirm(CommandConsole console, IReadOnlyList<SetupStep> steps, bool yes)
    {
        if (yes)
        {
            return true;
        }

        console.Output.WriteLine("Setup will:");
        foreach (var step in steps)
        {
            console.Output.WriteLine(step.Describe(done: false));
        }

        if (!console.InputIsTerminal)
        {
            console.Output.WriteLine("Input is not a terminal, so there is no one to ask: going on as with --yes (no existing file is replaced without --force).");
            return true;
        }

        console.Output.Write("Go ahead? [Y/n] ");
        var answer = console.Input.ReadLine()?.Trim() ?? "n";
        return answer.Length == 0 || answer.StartsWith('y') || answer.StartsWith('Y');
    }

    private static void Summarize(TextWriter output, IReadOnlyList<SetupStep> steps)
    {
        var written = steps.Count(s => s.Kind != SetupStepKind.Skip);
        var skipped = steps.Count - written;
        output.WriteLine($"Setup wrote {written} {(written == 1 ? "file" : "files")} and left {skipped} as {(skipped == 1 ? "it was" : "they were")}.");
        if (written > 0)
        {
            output.WriteLine("Next: ./build.sh --help (or .\\build.cmd --help) lists the targets; ./build.sh runs the default one. Commit the new files.");
        }
    }
}
