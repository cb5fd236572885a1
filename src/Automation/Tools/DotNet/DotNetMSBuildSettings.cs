using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// What the MSBuild-based commands (<c>restore</c>, <c>build</c>, <c>test</c>, <c>pack</c>, <c>publish</c>) share: the
/// project or solution, verbosity, runtime and MSBuild properties.
/// </summary>
public abstract record DotNetMSBuildSettings : DotNetSettings
{
    private protected DotNetMSBuildSettings()
    {
    }

    /// <summary>The project or solution file (or a folder holding one). Default: the one in the working directory.</summary>
    public string? Project { get; init; }

    /// <summary>MSBuild verbosity (<c>--verbosity</c>).</summary>
    public DotNetVerbosity? Verbosity { get; init; }

    /// <summary>Leave out the startup banner (<c>--nologo</c>).</summary>
    public bool NoLogo { get; init; }

    /// <summary>The target runtime identifier, e.g. <c>linux-x64</c> (<c>--runtime</c>).</summary>
    public string? Runtime { get; init; }

    /// <summary>Put all output (bin, obj, publish, package) under this folder (<c>--artifacts-path</c>).</summary>
    public string? ArtifactsPath { get; init; }

    /// <summary>Allow the command to stop for user input, e.g. to authenticate (<c>--interactive</c>).</summary>
    public bool Interactive { get; init; }

    /// <summary>Ignore persistent build servers, so no process outlives the command (<c>--disable-build-servers</c>).</summary>
    public bool DisableBuildServers { get; init; }

    /// <summary>Sets the <c>ContinuousIntegrationBuild</c> property (deterministic paths in PDBs for Source Link); usually <c>IsServerBuild</c>.</summary>
    public bool? ContinuousIntegrationBuild { get; init; }

    /// <summary>
    /// MSBuild global properties, passed as <c>-p:Name=Value</c> after the typed ones (so they win). Values arrive
    /// literally: <c>%</c>, <c>;</c>, <c>,</c> and <c>"</c> are escaped (<c>%25</c>, <c>%3B</c>, <c>%2C</c>, <c>%22</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>dotnet</c> command, e.g. <c>build</c>.</summary>
    private protected abstract string Command { get; }

    private protected sealed override void AddArguments(DotNetArguments arguments)
    {
        arguments.Add(Command, Project);
        AddCommandOptions(arguments);
        arguments
            .Option("--runtime", Runtime)
            .Option("--artifacts-path", ArtifactsPath)
            .Option("--verbosity", Verbosity)
            .Flag("--nologo", NoLogo)
            .Flag("--interactive", Interactive)
            .Flag("--disable-build-servers", DisableBuildServers)
            .Property("ContinuousIntegrationBuild", ContinuousIntegrationBuild);
        AddCommandProperties(arguments);
        arguments.Properties(Properties);
    }

    /// <summary>Adds the command's own options.</summary>
    private protected abstract void AddCommandOptions(DotNetArguments arguments);

    /// <summary>Adds the command's typed MSBuild properties (before <see cref="Properties"/>).</summary>
    private protected virtual void AddCommandProperties(DotNetArguments arguments)
    {
    }
}
