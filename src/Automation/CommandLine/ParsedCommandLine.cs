using Automation.Parameters;

namespace Automation.CommandLine;

/// <summary>The parsed command line of one build invocation.</summary>
internal sealed record ParsedCommandLine
{
    /// <summary>The targets named, as typed, in order (filled by <see cref="TargetArgumentParser"/>).</summary>
    public List<string> Targets { get; } = [];

    /// <summary>The words from the first target on, built-in options left out: targets, their arguments, and
    /// parameters given after a target. <see cref="TargetArgumentParser"/> reads them once the targets are known.</summary>
    public List<string> TargetWords { get; } = [];

    /// <summary>The targets' own argument values from the command line, by target name, then argument name.</summary>
    public Dictionary<string, Dictionary<string, object?>> TargetArguments { get; } = new(StringComparer.Ordinal);

    public bool Help { get; set; }

    public bool List { get; set; }

    /// <summary><c>--json</c>: with <c>--list</c> or <c>--show-config</c>, JSON for tools.</summary>
    public bool Json { get; set; }

    public bool Plan { get; set; }

    public bool DryRun { get; set; }

    /// <summary>With <c>--parallel</c>, how many targets may run at once; null runs them one by one.</summary>
    public int? Parallel { get; set; }

    /// <summary>Null when <c>--skip</c> was not given; empty for a bare <c>--skip</c> (skip all but the invoked targets).</summary>
    public List<string>? Skip { get; set; }

    public List<string> Profiles { get; } = [];

    /// <summary><c>--force</c> (or <c>--no-cache</c>): run targets with inputs even when they are up to date.</summary>
    public bool Force { get; set; }

    /// <summary><c>--continue</c>: resume the last failed run with the same arguments.</summary>
    public bool Continue { get; set; }

    /// <summary><c>--no-wait</c>: fail at once when another build holds the root's lock, instead of waiting for it.</summary>
    public bool NoWait { get; set; }

    public string? Root { get; set; }

    /// <summary><c>--partition 2/3</c>: this CI job's part of the partitioned targets; null when not given.</summary>
    public Partition? Partition { get; set; }

    /// <summary><c>--config-file</c>: the runtime configuration layer, as given (relative to the working directory).</summary>
    public string? ConfigFile { get; set; }

    /// <summary><c>--show-config</c>: print the effective configuration with origins instead of running.</summary>
    public bool ShowConfig { get; set; }


    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    public bool NoColor { get; set; }

    public string? Host { get; set; }

    /// <summary><c>--generate-ci</c>: write the CI configuration files the build's attributes describe.</summary>
    public bool GenerateCi { get; set; }

    /// <summary><c>--verify-ci</c>: fail when a committed CI configuration file differs from what would be generated.</summary>
    public bool VerifyCi { get; set; }

    /// <summary>Parameter values keyed by the parameter's canonical name.</summary>
    public Dictionary<string, RawValue> Parameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Values of secret parameters that a later occurrence replaced (`--token A --token B`: A): not used,
    /// but credentials all the same, so they are masked too.</summary>
    public List<string> OverriddenSecrets { get; } = [];
}
