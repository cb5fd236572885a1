using System.Linq.Expressions;

namespace Automation.Tests.Support;

/// <summary>Runs a build class in-process in a temporary repository, with a fixed clock and captured output.</summary>
public static class BuildHarness
{
    public static BuildRun Run<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new() => Run<TBuild>(new BuildOptions(), args);

    public static BuildRun Run<TBuild>(BuildOptions options, params string[] args)
        where TBuild : AutomationBuild, new()
    {
        ArgumentNullException.ThrowIfNull(options);
        using var ownRepository = options.Repository is null ? new TestRepository() : null;
        var repository = options.Repository ?? ownRepository!;
        var trace = Trace.Start();
        using var ownOutput = options.Output is null ? new StringWriter() : null;
        var output = options.Output ?? ownOutput!;
        var environment = new BuildEnvironment
        {
            Arguments = args,
            Variables = WithConfigurationLocations(options.Variables, repository),
            WorkingDirectory = options.WorkingDirectory ?? repository.Root,
            Output = output,
            ErrorOutput = options.ErrorOutput,
            OutputSupportsColor = options.Color,
            Time = options.Time ?? new FixedTimeProvider(),
            TerminalWidth = options.TerminalWidth is { } width ? () => width : null,
            Interrupt = options.Interrupt,
        };
        var defaults = options.DefaultTargets as Expression<Func<TBuild, Target>>[] ?? [];
        var exitCode = AutomationBuild.Execute(environment, defaults);
        var log = File.Exists(repository.LogPath) ? File.ReadAllText(repository.LogPath) : null;
        return new BuildRun(exitCode, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), [.. trace], log?.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// The system and user configuration files of a test build are in its repository's <c>.machine/</c> folder (absent
    /// unless the test writes them), never the machine's <c>/etc/automation</c> or the user's <c>~/.config/automation</c>;
    /// a test that sets the variables itself chooses.
    /// </summary>
    private static Dictionary<string, string> WithConfigurationLocations(IReadOnlyDictionary<string, string>? variables, TestRepository repository)
    {
        var result = new Dictionary<string, string>(variables ?? new Dictionary<string, string>());
        result.TryAdd("AUTOMATION_SYSTEM_CONFIG", Path.Combine(repository.Root, ".machine", "system.json"));
        result.TryAdd("AUTOMATION_USER_CONFIG", Path.Combine(repository.Root, ".machine", "user.json"));
        return result;
    }
}

/// <summary>How to run a test build.</summary>
public sealed record BuildOptions
{
    public TestRepository? Repository { get; init; }

    public IReadOnlyDictionary<string, string>? Variables { get; init; }

    public string? WorkingDirectory { get; init; }

    public bool Color { get; init; }

    public CancellationToken Interrupt { get; init; }

    /// <summary>Where the output goes, for a test that watches it while the build runs; by default a new writer.</summary>
    public StringWriter? Output { get; init; }

    /// <summary>Where errors and warnings go, for a test that tells the streams apart; by default into the output.</summary>
    public TextWriter? ErrorOutput { get; init; }

    /// <summary>The clock; by default one that never moves.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Makes the output an interactive terminal this many columns wide; by default it is redirected.</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>An array of <c>Expression&lt;Func&lt;TBuild, Target&gt;&gt;</c>; use <see cref="WithDefaults{TBuild}"/>.</summary>
    public object? DefaultTargets { get; init; }

    public BuildOptions WithDefaults<TBuild>(params Expression<Func<TBuild, Target>>[] defaults)
        where TBuild : AutomationBuild => this with { DefaultTargets = defaults };
}
