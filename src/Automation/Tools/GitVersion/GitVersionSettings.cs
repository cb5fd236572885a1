using Automation.Tools;

namespace Automation;

/// <summary>
/// What the real GitVersion program is run with, by NUKE's names (<c>GitVersionTasks.GitVersion(s =&gt;
/// s.SetFramework("net8.0").SetNoFetch(true))</c>): GitVersion's command-line switches, and the framework folder of
/// the <c>GitVersion.Tool</c> package to run. Null, false and empty values add nothing.
/// </summary>
public sealed record GitVersionSettings : ToolSettings
{
    /// <summary>The directory holding <c>.git</c> (GitVersion's first argument); default: the working directory.</summary>
    public string? TargetPath { get; init; }

    /// <summary>Print GitVersion's own version: <c>/version</c>.</summary>
    public bool? Version { get; init; }

    /// <summary>More diagnostics: <c>/diag</c>.</summary>
    public bool? Diagnostics { get; init; }

    /// <summary>The output form: <c>/output</c> (GitVersion prints JSON when none is given; the result needs JSON).</summary>
    public GitVersionOutput? Output { get; init; }

    /// <summary>Print one variable only: <c>/showvariable</c>.</summary>
    public string? ShowVariable { get; init; }

    /// <summary>A log file: <c>/l</c>.</summary>
    public string? LogFile { get; init; }

    /// <summary>Print the effective configuration: <c>/showconfig</c>.</summary>
    public bool? ShowConfig { get; init; }

    /// <summary>Configuration overrides: <c>/overrideconfig key=value</c> each.</summary>
    public IReadOnlyDictionary<string, string> ConfigurationOverride { get; init; } = new Dictionary<string, string>();

    /// <summary>Bypass GitVersion's cache: <c>/nocache</c>.</summary>
    public bool? NoCache { get; init; }

    /// <summary>Let GitVersion rewrite AssemblyInfo files: <c>/updateassemblyinfo</c>.</summary>
    public bool? UpdateAssemblyInfo { get; init; }

    /// <summary>The AssemblyInfo files to update: <c>/updateassemblyinfofilename</c>.</summary>
    public IReadOnlyList<string> UpdateAssemblyInfoFileNames { get; init; } = [];

    /// <summary>Create missing AssemblyInfo files: <c>/ensureassemblyinfo</c>.</summary>
    public bool? EnsureAssemblyInfo { get; init; }

    /// <summary>A remote repository: <c>/url</c>.</summary>
    public string? Url { get; init; }

    /// <summary>The remote branch: <c>/b</c>.</summary>
    public string? Branch { get; init; }

    /// <summary>The remote's user: <c>/u</c>.</summary>
    public string? Username { get; init; }

    /// <summary>The remote's password: <c>/p</c>. Pass it from a <c>[Secret]</c> parameter so it is masked.</summary>
    public string? Password { get; init; }

    /// <summary>The commit to version: <c>/c</c>.</summary>
    public string? Commit { get; init; }

    /// <summary>Where a remote repository is cloned: <c>/dynamicRepoLocation</c>.</summary>
    public string? DynamicRepositoryLocation { get; init; }

    /// <summary>Skip <c>git fetch</c>: <c>/nofetch</c>.</summary>
    public bool? NoFetch { get; init; }

    /// <summary>Run a program with the variables set: <c>/exec</c>.</summary>
    public string? Executable { get; init; }

    /// <summary>Its arguments: <c>/execargs</c>.</summary>
    public string? ExecutableArguments { get; init; }

    /// <summary>Build an MSBuild project with the variables: <c>/proj</c>.</summary>
    public string? MSBuildProject { get; init; }

    /// <summary>Its arguments: <c>/projargs</c>.</summary>
    public string? MSBuildProjectArguments { get; init; }

    /// <summary>How much GitVersion logs: <c>/verbosity</c>.</summary>
    public GitVersionVerbosity? Verbosity { get; init; }

    /// <summary>The framework folder of the package to run (<c>net8.0</c>); default: the best one this runtime runs.</summary>
    public string? Framework { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add(TargetPath)
            .Flag("/version", Version).Flag("/diag", Diagnostics).Option("/output", Output?.ToString().ToLowerInvariant())
            .Option("/showvariable", ShowVariable).Option("/l", LogFile).Flag("/showconfig", ShowConfig);
        foreach (var (key, value) in ConfigurationOverride)
        {
            arguments.Option("/overrideconfig", $"{key}={value}");
        }

        arguments.Flag("/nocache", NoCache).Flag("/updateassemblyinfo", UpdateAssemblyInfo);
        if (UpdateAssemblyInfoFileNames.Count > 0)
        {
            arguments.Add("/updateassemblyinfofilename").Add([.. UpdateAssemblyInfoFileNames]);
        }

        arguments.Flag("/ensureassemblyinfo", EnsureAssemblyInfo).Option("/url", Url).Option("/b", Branch).Option("/u", Username).Option("/p", Password)
            .Option("/c", Commit).Option("/dynamicRepoLocation", DynamicRepositoryLocation).Flag("/nofetch", NoFetch)
            .Option("/exec", Executable).Option("/execargs", ExecutableArguments).Option("/proj", MSBuildProject).Option("/projargs", MSBuildProjectArguments)
            .Option("/verbosity", Verbosity?.ToString().ToLowerInvariant());
    }
}

/// <summary>GitVersion's output forms (<c>/output</c>).</summary>
public enum GitVersionOutput
{
    /// <summary>The variables as JSON (what <see cref="GitVersionTasks"/> reads).</summary>
    Json,

    /// <summary>The CI server's own form.</summary>
    BuildServer,

    /// <summary>A file.</summary>
    File,
}

/// <summary>How much GitVersion logs (<c>/verbosity</c>).</summary>
public enum GitVersionVerbosity
{
    /// <summary>Everything.</summary>
    Debug,

    /// <summary>Progress (GitVersion's default).</summary>
    Info,

    /// <summary>Warnings and errors.</summary>
    Warn,

    /// <summary>Errors only.</summary>
    Error,

    /// <summary>Nothing.</summary>
    None,
}
