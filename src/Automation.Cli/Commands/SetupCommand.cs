using System.Reflection;
using Automation.Cli.Setup;
using Automation.Cli.Setup.Porting;

namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation :setup [--yes] [--force] [--no-checks] [--solution &lt;file&gt;]</c>: writes an Automation build into
/// the git repository around the working directory, fitted to its solution as MSBuild evaluates it, with each gate the
/// repository does not pass yet in report mode. It lists what it will write, asks once on a terminal (never when input is
/// not a terminal, e.g. in CI: then it proceeds as with <c>--yes</c>, which is safe because without <c>--force</c> it
/// never replaces a file), and reports what it wrote and what is left to do.
/// </summary>
internal static class SetupCommand
{
    private const string Name = "automation :setup";

    /// <summary>Runs setup; 0 done, 1 declined, 2 a usage or repository problem (the message says which).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, string workingDirectory, RunProcess run)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var options = SetupOptions.Parse(args);
        if (options.Problem is { } problem)
        {
            await console.Error.WriteLineAsync($"{Name}: {problem}").ConfigureAwait(false);
            await console.Error.WriteLineAsync(CommandDispatcher.Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var root = RepositoryScanner.FindGitRoot(workingDirectory)
                ?? throw new SetupException($"'{workingDirectory}' is not inside a git repository: run automation :setup in a git work tree (git init first).");
            RequireNukeBuildWhenNamed(options, root);
            var solutions = SolutionFinder.FindAll(root);
            var solution = SolutionFinder.Choose(root, solutions, options.Solution, workingDirectory, console, options.Yes);
            var facts = await RepositoryScanner.ScanAsync(root, solution, solutions, run).ConfigureAwait(false);
            Describe(console.Output, facts);
            var checks = RepositoryChecks.Skipped;

            var port = facts.Nuke is { } found && ChoosePort(console, options, root, found);
            if (port)
            {
                await RequireCommittedAsync(root, run).ConfigureAwait(false);
            }

            // The checks only decide what Build.cs says: when an existing one is kept, building the solution would be wasted.
            var keepsBuildClass = (root / "build" / "Build.cs").FileExists() && !options.Force && facts.Nuke is not { Entries.Count: > 0 };
            if (port && !options.NoChecks)
            {
                await console.Output.WriteLineAsync("NUKE's build is ported in place, so no build class is written and the repository is not checked.").ConfigureAwait(false);
            }
            else if (keepsBuildClass && !options.NoChecks)
            {
                await console.Output.WriteLineAsync("build/Build.cs exists and is kept (--force replaces it), so the repository is not checked.").ConfigureAwait(false);
            }
            else if (!options.NoChecks && !port)
            {
                await console.Output.WriteLineAsync("Checking what the repository already passes (builds it once)…").ConfigureAwait(false);
                checks = await RepositoryChecks.RunAsync(root, solution, run).ConfigureAwait(false);
            }

            var planner = new SetupPlanner(facts, checks, options.Force, ToolVersion(), run) { PortNuke = port };
            var steps = await planner.PlanAsync().ConfigureAwait(false);
            if (!Confirm(console, steps, options.Yes))
            {
                await console.Output.WriteLineAsync("Nothing was written.").ConfigureAwait(false);
                return 1;
            }

            foreach (var step in steps)
            {
                await step.Apply().ConfigureAwait(false);
                await console.Output.WriteLineAsync(step.Describe(done: true)).ConfigureAwait(false);
            }

            var ported = port ? await BuildPortedAsync(console, root, run).ConfigureAwait(false) : null;
            await new SetupSummary(console.Output, facts, checks, run) { Ported = ported }.WriteAsync(steps, planner.BuildFolderWasIgnored).ConfigureAwait(false);
            return 0;
        }
        catch (SetupException exception)
        {
            await console.Error.WriteLineAsync($"{Name}: {exception.Message}").ConfigureAwait(false);
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

    // --port-nuke and --move-nuke say what to do with a NUKE build: without one they would quietly write a new build
    // instead, which is not what was asked. Checked before the repository is scanned, so the answer comes at once.
    private static void RequireNukeBuildWhenNamed(SetupOptions options, AbsolutePath root)
    {
        if (options.Nuke is { } choice && NukeBuild.Detect(root) is null)
        {
            var option = choice == NukeChoice.Port ? "--port-nuke" : "--move-nuke";
            throw new SetupException(
                $"{option}: there is no NUKE build in {root}. Setup looked for .nuke/ (or build/_build.csproj referencing Nuke.Common) " +
                "together with a project referencing Nuke.Common in a top-level folder (build/, nuke/, …) or NUKE's bootstrap script (build.sh, build.ps1). " +
                $"Run automation :setup without {option} to write a new build; if the NUKE build is elsewhere, run it in that repository.");
        }
    }

    // Porting rewrites NUKE's sources in place (git has the originals), so it is offered, never done unasked: without a
    // terminal and without --port-nuke the build moves aside as it always did.
    private static bool ChoosePort(CommandConsole console, SetupOptions options, AbsolutePath root, NukeBuild nuke)
    {
        if (options.Nuke == NukeChoice.MoveAside)
        {
            return false;
        }

        if (NukePort.WhyNot(root, nuke) is { } why)
        {
            if (options.Nuke == NukeChoice.Port)
            {
                console.Output.WriteLine($"NUKE's build cannot be ported in place ({why}): it moves aside instead.");
            }

            return false;
        }

        if (options.Nuke == NukeChoice.Port)
        {
            return true;
        }

        if (options.Yes || !console.InputIsTerminal)
        {
            console.Output.WriteLine("NUKE's build moves aside (automation :setup --port-nuke ports it in place instead).");
            return false;
        }

        console.Output.Write("Port NUKE's build in place (rewrite its usings, reference Automation.Components, build it and list what is left)? No moves it to build/nuke/. [Y/n] ");
        var answer = console.Input.ReadLine()?.Trim() ?? "n";
        return answer.Length == 0 || answer.StartsWith('y') || answer.StartsWith('Y');
    }

    // The port rewrites NUKE's files in place and says git has the originals: that holds only for what git has. A change
    // not committed (or a file git does not know) would be rewritten with no way back, so the port stops first.
    private static async Task RequireCommittedAsync(AbsolutePath root, RunProcess run)
    {
        var status = await run("git", ["status", "--porcelain", "--untracked-files=all", "--", "build", "build.sh", "build.cmd", "build.ps1"], root).ConfigureAwait(false);
        var changed = status.ExitCode == 0
            ? status.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Length > 3 ? l[3..].Trim() : l.Trim()).Where(l => l.Length > 0).ToList()
            : [];
        if (changed.Count > 0)
        {
            var more = changed.Count > 5 ? $" and {changed.Count - 5} more" : string.Empty;
            throw new SetupException($"NUKE's build has changes git does not have ({string.Join(", ", changed.Take(5))}{more}); the port rewrites it in place, so git must hold the original: commit or stash them, then run automation :setup --port-nuke again (or --move-nuke, which deletes nothing).");
        }
    }

    private static async Task<PortDiagnostics?> BuildPortedAsync(CommandConsole console, AbsolutePath root, RunProcess run)
    {
        await console.Output.WriteLineAsync($"Building the ported {NukePort.Project}…").ConfigureAwait(false);
        try
        {
            return await NukePort.BuildAsync(root, run).ConfigureAwait(false);
        }
        catch (SetupException exception)
        {
            await console.Error.WriteLineAsync($"{Name}: {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private static void Describe(TextWriter output, RepositoryFacts facts)
    {
        string Names(IReadOnlyList<AbsolutePath> projects) =>
            projects.Count == 0 ? "none" : string.Join(", ", projects.Select(p => Path.GetFileNameWithoutExtension(p.Name)));

        output.WriteLine($"Repository: {facts.Root}");
        output.WriteLine($"Solution: {facts.SolutionRelative}");
        output.WriteLine($"Unit test projects: {Names(facts.UnitTestProjects)}; integration test projects: {Names(facts.IntegrationTestProjects)}");
        output.WriteLine($"Packable projects: {Names(facts.PackableProjects)}");
        if (facts.Nuke is { } nuke)
        {
            // Said before the port question is asked, so it names both ways a build in build/ can go.
            var sources = nuke.Entries.Count > 0 ? $"its sources in build/ are ported in place or move into {NukeBuild.Folder}/" : $"its sources stay in {nuke.SourceFolder}/";
            var scripts = nuke.BootstrapIsNuke ? "NUKE's bootstrap scripts are replaced" : "the bootstrap scripts are not NUKE's";
            output.WriteLine($"A NUKE build: {sources}, and {scripts}.");
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
}
