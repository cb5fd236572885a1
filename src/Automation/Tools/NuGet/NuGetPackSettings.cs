using Automation.Tools;

namespace Automation;

/// <summary><c>nuget pack</c>: makes a package from a <c>.nuspec</c> (or a project).</summary>
public sealed record NuGetPackSettings : NuGetSettings
{
    /// <summary>The <c>.nuspec</c> or project to pack. Required.</summary>
    public string? TargetPath { get; init; }

    /// <summary>The package version: <c>-Version</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Where the package is written: <c>-OutputDirectory</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The folder the <c>.nuspec</c>'s files are relative to: <c>-BasePath</c>.</summary>
    public string? BasePath { get; init; }

    /// <summary>Also make a symbol package: <c>-Symbols</c>.</summary>
    public bool? Symbols { get; init; }

    /// <summary>The symbol package's format: <c>-SymbolPackageFormat</c>.</summary>
    public NuGetSymbolPackageFormat? SymbolPackageFormat { get; init; }

    /// <summary>A pre-release suffix: <c>-Suffix</c>.</summary>
    public string? Suffix { get; init; }

    /// <summary>Build the project first: <c>-Build</c>.</summary>
    public bool? Build { get; init; }

    /// <summary>Include referenced projects: <c>-IncludeReferencedProjects</c>.</summary>
    public bool? IncludeReferencedProjects { get; init; }

    /// <summary>Skip the package analysis: <c>-NoPackageAnalysis</c>.</summary>
    public bool? NoPackageAnalysis { get; init; }

    /// <summary>Properties the <c>.nuspec</c>'s <c>$tokens$</c> are replaced with: <c>-Properties key=value;…</c>.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The configuration, a property NUKE sets with its own form (<c>SetConfiguration</c>): <c>-Properties Configuration=…</c>.</summary>
    public string? Configuration { get; init; }

    /// <summary>The MSBuild nuget.exe uses to read a project (the folder holding <c>MSBuild.exe</c>, or the file): <c>-MSBuildPath</c>.</summary>
    public string? MSBuildPath { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        var properties = Properties.Select(p => $"{p.Key}={p.Value}").Concat(Configuration is null ? [] : [$"Configuration={Configuration}"]).ToList();
        arguments.Add("pack", TargetPath ?? throw new InvalidOperationException("NuGetPack needs what to pack: SetTargetPath(path to the .nuspec or project)."))
            .Option("-Version", Version).Option("-OutputDirectory", OutputDirectory).Option("-BasePath", BasePath).Flag("-Symbols", Symbols)
            .Option("-SymbolPackageFormat", SymbolPackageFormat switch
            {
                null => null,
                NuGetSymbolPackageFormat.Snupkg => "snupkg",
                _ => "symbols.nupkg",
            }).Option("-Suffix", Suffix).Flag("-Build", Build)
            .Flag("-IncludeReferencedProjects", IncludeReferencedProjects).Flag("-NoPackageAnalysis", NoPackageAnalysis)
            .Option("-Properties", properties.Count == 0 ? null : string.Join(';', properties)).Option("-MSBuildPath", MSBuildPath);
        AddCommon(arguments);
    }
}
