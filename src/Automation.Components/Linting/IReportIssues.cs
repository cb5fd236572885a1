namespace Automation.Components;

/// <summary>
/// NUKE's <c>IReportIssues</c> ran ReSharper's InspectCode (the JetBrains.ReSharper.GlobalTools package, not served
/// here). A compile error names the replacement, <see cref="ILint"/> (<c>dotnet format</c> and the compiler's analyzers,
/// failing the build on findings); the members are here so that references to them give that one error only.
/// </summary>
[Obsolete(NukeComponentShims.IReportIssues, error: true)]
public interface IReportIssues : IAutomationBuild
{
    /// <summary>NUKE's InspectCode plugins.</summary>
    IEnumerable<(string PackageId, string Version)> InspectCodePlugins => throw new NotSupportedException(NukeComponentShims.IReportIssues);

    /// <summary>NUKE's switch to fail on errors.</summary>
    bool InspectCodeFailOnError => throw new NotSupportedException(NukeComponentShims.IReportIssues);

    /// <summary>NUKE's switch to fail on warnings.</summary>
    bool InspectCodeFailOnWarning => throw new NotSupportedException(NukeComponentShims.IReportIssues);

    /// <summary>NUKE's switch to list warnings.</summary>
    bool InspectCodeReportWarnings => throw new NotSupportedException(NukeComponentShims.IReportIssues);

    /// <summary>NUKE's issue types that fail the build.</summary>
    IEnumerable<string> InspectCodeFailOnIssues => throw new NotSupportedException(NukeComponentShims.IReportIssues);

    /// <summary>NUKE's issue categories that fail the build.</summary>
    IEnumerable<string> InspectCodeFailOnCategories => throw new NotSupportedException(NukeComponentShims.IReportIssues);

    /// <summary>NUKE's InspectCode target.</summary>
    Target ReportIssues => throw new NotSupportedException(NukeComponentShims.IReportIssues);
}
