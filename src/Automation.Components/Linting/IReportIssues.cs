namespace Automation.Components;

/// <summary>
/// NUKE's <c>IReportIssues</c> ran ReSharper's InspectCode (the JetBrains.ReSharper.GlobalTools package, not served
/// here). A compile error names the replacement, <see cref="ILint"/> (<c>dotnet format</c> and the compiler's analyzers,
/// failing the build on findings); the members are here so that references to them give that one error only.
/// </summary>
[Obsolete("IReportIssues (ReSharper InspectCode) is not provided: implement ILint instead (dotnet format and analyzer findings fail the 'lint' target), or run 'jb inspectcode' from a target with a [NuGetPackage] Tool; remove the IReportIssues members.", error: true)]
public interface IReportIssues : IAutomationBuild
{
    /// <summary>NUKE's InspectCode plugins.</summary>
    IEnumerable<(string PackageId, string Version)> InspectCodePlugins { get; }

    /// <summary>NUKE's switch to fail on errors.</summary>
    bool InspectCodeFailOnError { get; }

    /// <summary>NUKE's switch to fail on warnings.</summary>
    bool InspectCodeFailOnWarning { get; }

    /// <summary>NUKE's switch to list warnings.</summary>
    bool InspectCodeReportWarnings { get; }

    /// <summary>NUKE's issue types that fail the build.</summary>
    IEnumerable<string> InspectCodeFailOnIssues { get; }

    /// <summary>NUKE's issue categories that fail the build.</summary>
    IEnumerable<string> InspectCodeFailOnCategories { get; }

    /// <summary>NUKE's InspectCode target.</summary>
    Target ReportIssues { get; }
}
