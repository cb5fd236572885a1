using System.Globalization;
using Automation.Tools;
using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// What an MSBuild run (NUKE's <c>MSBuildSettings</c>) builds and how: the project or solution, targets, configuration,
/// platform, verbosity, node reuse, CPU count and MSBuild properties. Rendered as MSBuild's own switches
/// (<c>App.sln -target:Build -p:Configuration=Release -maxCpuCount:4</c>), which both <c>msbuild</c> and
/// <c>dotnet msbuild</c> take.
/// </summary>
public sealed record MSBuildSettings : ToolSettings
{
    /// <summary>The project or solution file (NUKE's <c>TargetPath</c>/<c>ProjectFile</c>). Default: the one in the working directory.</summary>
    public string? Project { get; init; }

    /// <summary>The targets to run: <c>-target:Restore;Build</c>.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The <c>Configuration</c> property (<c>Debug</c>, <c>Release</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>The <c>Platform</c> property.</summary>
    public MSBuildTargetPlatform? TargetPlatform { get; init; }

    /// <summary>How much MSBuild writes: <c>-verbosity:</c>. With <c>[MSBuildVerbosityMapping]</c> unset values follow the build's <c>--verbosity</c>.</summary>
    public MSBuildVerbosity? Verbosity { get; init; }

    /// <summary>Keep the build nodes alive for later builds: <c>-nodeReuse:true|false</c>.</summary>
    public bool? NodeReuse { get; init; }

    /// <summary>How many processes build at once: <c>-maxCpuCount:n</c>.</summary>
    public int? MaxCpuCount { get; init; }

    /// <summary>Restore before building: <c>-restore</c>.</summary>
    public bool? Restore { get; init; }

    /// <summary>Leave out the startup banner: <c>-nologo</c>.</summary>
    public bool? NoLogo { get; init; }

    /// <summary>The <c>AssemblyVersion</c> property.</summary>
    public string? AssemblyVersion { get; init; }

    /// <summary>The <c>FileVersion</c> property.</summary>
    public string? FileVersion { get; init; }

    /// <summary>The <c>InformationalVersion</c> property.</summary>
    public string? InformationalVersion { get; init; }

    /// <summary>The <c>PackageVersion</c> property.</summary>
    public string? PackageVersion { get; init; }

    /// <summary>Other MSBuild properties, <c>-p:Name=Value</c> each, values escaped so they arrive literally (<c>s.AddProperty("DeployOnBuild", true)</c>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add(Project);
        if (Targets.Count > 0)
        {
            arguments.Add($"-target:{string.Join(';', Targets)}");
        }

        if (Verbosity is { } verbosity)
        {
            arguments.Add($"-verbosity:{verbosity.ToString().ToLowerInvariant()}");
        }

        if (NodeReuse is { } nodeReuse)
        {
            arguments.Add($"-nodeReuse:{(nodeReuse ? "true" : "false")}");
        }

        if (MaxCpuCount is { } count)
        {
            arguments.Add(string.Create(CultureInfo.InvariantCulture, $"-maxCpuCount:{count}"));
        }

        if (Restore == true)
        {
            arguments.Add("-restore");
        }

        if (NoLogo == true)
        {
            arguments.Add("-nologo");
        }

        Property(arguments, "Configuration", Configuration);
        Property(arguments, "Platform", TargetPlatform);
        Property(arguments, "AssemblyVersion", AssemblyVersion);
        Property(arguments, "FileVersion", FileVersion);
        Property(arguments, "InformationalVersion", InformationalVersion);
        Property(arguments, "PackageVersion", PackageVersion);
        foreach (var (name, value) in Properties)
        {
            Property(arguments, name, value);
        }
    }

    private static void Property(ToolArguments arguments, string name, string? value)
    {
        if (value is not null)
        {
            arguments.Add($"-p:{name}={MSBuildEscaping.Escape(value)}");
        }
    }
}
