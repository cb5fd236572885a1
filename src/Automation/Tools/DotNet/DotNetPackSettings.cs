using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet pack</c>, for <see cref="DotNetTasks.DotNetPack(ITargetContext, Func{DotNetPackSettings, DotNetPackSettings})"/>.</summary>
public sealed record DotNetPackSettings : DotNetMSBuildSettings
{
    /// <summary>The configuration; <c>dotnet pack</c> defaults to <c>Release</c> (<c>--configuration</c>).</summary>
    public string? Configuration { get; init; }

    /// <summary>Where the packages go (<c>--output</c>).</summary>
    public string? Output { get; init; }

    /// <summary>Pack what is already built; implies no restore (<c>--no-build</c>).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Skip the implicit restore (<c>--no-restore</c>).</summary>
    public bool NoRestore { get; init; }

    /// <summary>Build and restore only the given project, not its project references (<c>--no-dependencies</c>).</summary>
    public bool NoDependencies { get; init; }

    /// <summary>The package version, e.g. <c>1.2.3-beta.4</c> (the <c>PackageVersion</c> property).</summary>
    public string? PackageVersion { get; init; }

    /// <summary>The <c>$(VersionSuffix)</c>, e.g. <c>beta.1</c> (<c>--version-suffix</c>).</summary>
    public string? VersionSuffix { get; init; }

    /// <summary>Also write a symbols package (<c>--include-symbols</c>); see <see cref="SymbolPackageFormat"/>.</summary>
    public bool IncludeSymbols { get; init; }

    /// <summary>The symbols package format (the <c>SymbolPackageFormat</c> property); <see cref="DotNetSymbolPackageFormat.Snupkg"/> for nuget.org.</summary>
    public DotNetSymbolPackageFormat? SymbolPackageFormat { get; init; }

    /// <summary>Put PDBs and sources into the package (<c>--include-source</c>).</summary>
    public bool IncludeSource { get; init; }

    /// <summary>Mark the package serviceable (<c>--serviceable</c>).</summary>
    public bool Serviceable { get; init; }

    /// <summary>Build for the runtime of this machine (<c>--use-current-runtime</c>).</summary>
    public bool UseCurrentRuntime { get; init; }

    private protected override string Command => "pack";

    private protected override void AddCommandOptions(DotNetArguments arguments) => arguments
        .Option("--configuration", Configuration)
        .Option("--output", Output)
        .Flag("--no-build", NoBuild)
        .Flag("--no-restore", NoRestore)
        .Flag("--no-dependencies", NoDependencies)
        .Option("--version-suffix", VersionSuffix)
        .Flag("--include-symbols", IncludeSymbols)
        .Flag("--include-source", IncludeSource)
        .Flag("--serviceable", Serviceable)
        .Flag("--use-current-runtime", UseCurrentRuntime);

    private protected override void AddCommandProperties(DotNetArguments arguments) => arguments
        .Property("PackageVersion", PackageVersion)
        .Property("SymbolPackageFormat", SymbolPackageFormat switch
        {
            null => null,
            DotNetSymbolPackageFormat.Snupkg => "snupkg",
            DotNetSymbolPackageFormat.SymbolsNupkg => "symbols.nupkg",
            _ => throw new InvalidOperationException($"Unknown symbol package format {SymbolPackageFormat}."),
        });
}
