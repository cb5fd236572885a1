namespace Automation.Components;

/// <summary>
/// The compile errors of the Nuke.Components interfaces that are not provided: what to use instead. The shims' members
/// have bodies so that a build implementing them gets this one error, not one per member; the bodies never run (the
/// build does not compile).
/// </summary>
internal static class NukeComponentShims
{
    /// <summary>Why <c>ISignPackages</c> is not provided, and what to do instead.</summary>
    public const string ISignPackages = "ISignPackages (SignPath through AppVeyor) is not provided: sign in the CI system with SignPath's own integration (e.g. its GitHub Action signpath/github-action-submit-signing-request), or in a target with SignClientTasks.SignClientSign(...); remove ISignPackages and its [AppVeyorSecret] lines.";

    /// <summary>Why <c>IReportDuplicates</c> is not provided, and what to do instead.</summary>
    public const string IReportDuplicates = "IReportDuplicates (ReSharper dupFinder) is not provided: JetBrains no longer ships dupFinder. Remove IReportDuplicates; for code health implement ILint (dotnet format and analyzers).";
}
