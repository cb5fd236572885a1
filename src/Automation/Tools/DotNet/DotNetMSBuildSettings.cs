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

    /// <summary>Sets the <c>Deterministic</c> property (the same inputs give byte-identical outputs; the SDK's default is true).</summary>
    public bool? Deterministic { get; init; }

    /// <summary>The <c>Version</c> property (<c>-p:Version=</c>): package version, and the default of the other three.</summary>
    public string? Version { get; init; }

    /// <summary>The <c>AssemblyVersion</c> property (<c>-p:AssemblyVersion=</c>).</summary>
    public string? AssemblyVersion { get; init; }

    /// <summary>The <c>FileVersion</c> property (<c>-p:FileVersion=</c>).</summary>
    public string? FileVersion { get; init; }

    /// <summary>The <c>InformationalVersion</c> property (<c>-p:InformationalVersion=</c>), shown as the product version.</summary>
    public string? InformationalVersion { get; init; }

    /// <summary>The <c>TreatWarningsAsErrors</c> property: fail the build on any compiler warning.</summary>
    public bool? TreatWarningsAsErrors { get; init; }

    /// <summary>The <c>WarningsAsErrors</c> property: the warning numbers that fail the build (joined with <c>;</c>).</summary>
    public IReadOnlyList<int> WarningsAsErrors { get; init; } = [];

    /// <summary>The <c>NoWarn</c> property: the warning numbers to leave out (joined with <c>;</c>).</summary>
    public IReadOnlyList<int> NoWarn { get; init; } = [];

    /// <summary>The <c>WarningLevel</c> property: the compiler's warning level (0–9999).</summary>
    public int? WarningLevel { get; init; }

    /// <summary>The <c>RunCodeAnalysis</c> property: run the code analyzers of the legacy code-analysis targets.</summary>
    public bool? RunCodeAnalysis { get; init; }

    /// <summary>The <c>DeterministicSourcePaths</c> property: map source paths in PDBs to <c>/_/</c> (set by <see cref="ContinuousIntegrationBuild"/> too).</summary>
    public bool? DeterministicSourcePaths { get; init; }

    /// <summary>The <c>VersionPrefix</c> property: the version without its suffix (<c>1.2.3</c>), which <c>VersionSuffix</c> completes.</summary>
    public string? VersionPrefix { get; init; }

    /// <summary>The <c>PackageId</c> property: the package's name.</summary>
    public string? PackageId { get; init; }

    /// <summary>The <c>Authors</c> property: the package's authors (joined with <c>,</c>).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The <c>Title</c> property: the package's title.</summary>
    public string? Title { get; init; }

    /// <summary>The <c>Description</c> property: the package's description.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>Copyright</c> property.</summary>
    public string? Copyright { get; init; }

    /// <summary>The <c>PackageRequireLicenseAcceptance</c> property: clients ask the user to accept the license.</summary>
    public bool? PackageRequireLicenseAcceptance { get; init; }

    /// <summary>The <c>PackageLicenseUrl</c> property (deprecated by NuGet in favour of <c>PackageLicenseExpression</c>).</summary>
    public string? PackageLicenseUrl { get; init; }

    /// <summary>The <c>PackageProjectUrl</c> property: the project's home page.</summary>
    public string? PackageProjectUrl { get; init; }

    /// <summary>The <c>PackageIconUrl</c> property (deprecated by NuGet in favour of <c>PackageIcon</c>).</summary>
    public string? PackageIconUrl { get; init; }

    /// <summary>The <c>PackageTags</c> property: the package's tags (joined with spaces).</summary>
    public IReadOnlyList<string> PackageTags { get; init; } = [];

    /// <summary>The <c>PackageReleaseNotes</c> property: the release notes in the package.</summary>
    public string? PackageReleaseNotes { get; init; }

    /// <summary>The <c>RepositoryUrl</c> property: the source repository, in the package.</summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>The <c>RepositoryType</c> property: the source repository's kind (<c>git</c>).</summary>
    public string? RepositoryType { get; init; }

    /// <summary>The <c>Platform</c> property (<c>AnyCPU</c>, <c>x64</c>, ...).</summary>
    public string? Platform { get; init; }

    /// <summary>The <c>PublishProfile</c> property: a publish profile (<c>.pubxml</c>) to apply.</summary>
    public string? PublishProfile { get; init; }

    /// <summary>
    /// MSBuild global properties, passed as <c>-p:Name=Value</c> after the typed ones (so they win). Values arrive
    /// literally: <c>%</c>, <c>;</c>, <c>,</c> and <c>"</c> are escaped (<c>%25</c>, <c>%3B</c>, <c>%2C</c>, <c>%22</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The <c>dotnet</c> command, e.g. <c>build</c>.</summary>
    private protected abstract string Command { get; }

    /// <summary>The option that names the project (<c>--project</c> for <c>dotnet run</c>); null: the project is positional.</summary>
    private protected virtual string? ProjectOption => null;

    private protected sealed override void AddArguments(DotNetArguments arguments)
    {
        arguments.Add(Command);
        _ = ProjectOption is { } option ? arguments.Option(option, Project) : arguments.Add(Project);
        AddCommandOptions(arguments);
        arguments
            .Option("--runtime", Runtime)
            .Option("--artifacts-path", ArtifactsPath)
            .Option("--verbosity", Verbosity)
            .Flag("--nologo", NoLogo)
            .Flag("--interactive", Interactive)
            .Flag("--disable-build-servers", DisableBuildServers)
            .Property("ContinuousIntegrationBuild", ContinuousIntegrationBuild)
            .Property("Deterministic", Deterministic)
            .Property("Version", Version)
            .Property("AssemblyVersion", AssemblyVersion)
            .Property("FileVersion", FileVersion)
            .Property("InformationalVersion", InformationalVersion)
            .Property("TreatWarningsAsErrors", TreatWarningsAsErrors)
            .Property("WarningsAsErrors", WarningsAsErrors, ";")
            .Property("NoWarn", NoWarn, ";")
            .Property("WarningLevel", WarningLevel)
            .Property("RunCodeAnalysis", RunCodeAnalysis)
            .Property("DeterministicSourcePaths", DeterministicSourcePaths)
            .Property("VersionPrefix", VersionPrefix)
            .Property("PackageId", PackageId)
            .Property("Authors", Authors, ",")
            .Property("Title", Title)
            .Property("Description", Description)
            .Property("Copyright", Copyright)
            .Property("PackageRequireLicenseAcceptance", PackageRequireLicenseAcceptance)
            .Property("PackageLicenseUrl", PackageLicenseUrl)
            .Property("PackageProjectUrl", PackageProjectUrl)
            .Property("PackageIconUrl", PackageIconUrl)
            .Property("PackageTags", PackageTags, " ")
            .Property("PackageReleaseNotes", PackageReleaseNotes)
            .Property("RepositoryUrl", RepositoryUrl)
            .Property("RepositoryType", RepositoryType)
            .Property("Platform", Platform)
            .Property("PublishProfile", PublishProfile);
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
