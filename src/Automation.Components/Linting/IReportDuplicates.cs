namespace Automation.Components;

/// <summary>
/// NUKE's <c>IReportDuplicates</c> ran ReSharper's dupFinder, which JetBrains no longer ships (its command-line tools
/// dropped it after 2021.2). A compile error names what to do instead; the member is here so that
/// <c>nameof(IReportDuplicates.ReportDuplicates)</c> gives that one error only.
/// </summary>
[Obsolete(NukeComponentShims.IReportDuplicates, error: true)]
public interface IReportDuplicates : IAutomationBuild
{
    /// <summary>NUKE's dupFinder target.</summary>
    Target ReportDuplicates => throw new NotSupportedException(NukeComponentShims.IReportDuplicates);
}
