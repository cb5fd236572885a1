using System.Globalization;
using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet test</c> (VSTest), for <see cref="DotNetTasks.DotNetTest(ITargetContext, Func{DotNetTestSettings, DotNetTestSettings})"/>. Results are not parsed: add a logger and read its file.</summary>
public sealed record DotNetTestSettings : DotNetMSBuildSettings
{
    /// <summary>The configuration, e.g. <c>Release</c> (<c>--configuration</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The target framework to test (<c>--framework</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>Where the built files go (<c>--output</c>).</summary>
    public string? Output { get; init; }

    /// <summary>Skip the implicit restore (<c>--no-restore</c>).</summary>
    public bool NoRestore { get; init; }

    /// <summary>Test what is already built; implies no restore (<c>--no-build</c>).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Which tests run, e.g. <c>Category!=Slow</c> (<c>--filter</c>).</summary>
    public string? Filter { get; init; }

    /// <summary>Loggers, e.g. <c>trx;LogFileName=unit.trx</c> or <c>console;verbosity=normal</c> (<c>--logger</c>, once per logger).</summary>
    public IReadOnlyList<string> Loggers { get; init; } = [];

    /// <summary>Where loggers and collectors write; created when missing (<c>--results-directory</c>).</summary>
    public string? ResultsDirectory { get; init; }

    /// <summary>Data collectors, e.g. <c>XPlat Code Coverage</c> (<c>--collect</c>, once per collector).</summary>
    public IReadOnlyList<string> Collectors { get; init; } = [];

    /// <summary>A <c>.runsettings</c> file (<c>--settings</c>).</summary>
    public string? SettingsFile { get; init; }

    /// <summary>RunSettings values given inline, after <c>--</c> as <c>Name=Value</c> (e.g. <c>RunConfiguration.MaxCpuCount</c>).</summary>
    public IReadOnlyDictionary<string, string> RunSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variables for the test host (<c>--environment NAME=VALUE</c>); forces an isolated host.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>Run in blame mode, recording the tests that ran before a crash (<c>--blame</c>).</summary>
    public bool Blame { get; init; }

    /// <summary>Collect a crash dump when the test host crashes (<c>--blame-crash</c>).</summary>
    public bool BlameCrash { get; init; }

    /// <summary>Kill a test host whose test runs longer than this, collecting a hang dump (<c>--blame-hang-timeout</c>, in milliseconds).</summary>
    public TimeSpan? BlameHangTimeout { get; init; }

    /// <summary>Write the test platform's diagnostic log to this file (<c>--diag</c>).</summary>
    public string? DiagnosticsFile { get; init; }

    /// <summary>Where to find test adapters (<c>--test-adapter-path</c>).</summary>
    public string? TestAdapterPath { get; init; }

    /// <summary>List the tests instead of running them (<c>--list-tests</c>).</summary>
    public bool ListTests { get; init; }

    /// <summary>Coverlet's <c>CollectCoverage</c> property: collect coverage through coverlet.msbuild.</summary>
    public bool? CollectCoverage { get; init; }

    /// <summary>Coverlet's <c>CoverletOutputFormat</c> property: the report formats (<see cref="Automation.CoverletOutputFormat"/>'s values, or several joined with <c>,</c>).</summary>
    public string? CoverletOutputFormat { get; init; }

    /// <summary>Coverlet's <c>CoverletOutput</c> property: where the report is written.</summary>
    public string? CoverletOutput { get; init; }

    /// <summary>Coverlet's <c>ExcludeByFile</c> property: source files to leave out of coverage (globs).</summary>
    public string? ExcludeByFile { get; init; }

    /// <summary>Coverlet's <c>UseSourceLink</c> property: report Source Link URLs instead of local paths.</summary>
    public bool? UseSourceLink { get; init; }

    private protected override string Command => "test";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Option("--configuration", Configuration)
        .Option("--framework", Framework)
        .Option("--output", Output)
        .Flag("--no-restore", NoRestore)
        .Flag("--no-build", NoBuild)
        .Option("--filter", Filter)
        .Options("--logger", Loggers)
        .Option("--results-directory", ResultsDirectory)
        .Options("--collect", Collectors)
        .Option("--settings", SettingsFile)
        .Options("--environment", EnvironmentVariables.Select(e => $"{e.Key}={e.Value}"))
        .Flag("--blame", Blame)
        .Flag("--blame-crash", BlameCrash)
        .Option("--blame-hang-timeout", BlameHangTimeout is { } timeout ? Math.Ceiling(timeout.TotalMilliseconds).ToString("0", CultureInfo.InvariantCulture) + "ms" : null)
        .Option("--diag", DiagnosticsFile)
        .Option("--test-adapter-path", TestAdapterPath)
        .Flag("--list-tests", ListTests);

    private protected override void AddCommandProperties(DotNetArguments arguments) => arguments
        .Property("CollectCoverage", CollectCoverage)
        .Property("CoverletOutputFormat", CoverletOutputFormat)
        .Property("CoverletOutput", CoverletOutput)
        .Property("ExcludeByFile", ExcludeByFile)
        .Property("UseSourceLink", UseSourceLink);

    private protected override void AddTrailingArguments(DotNetArguments arguments)
    {
        if (RunSettings.Count > 0)
        {
            arguments.Add("--").Add(RunSettings.Select(s => $"{s.Key}={s.Value}"));
        }
    }
}
