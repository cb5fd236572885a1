namespace Automation.Components;

/// <summary>The build's changelog (NUKE's <c>IHazChangelog</c>): <c>CHANGELOG.md</c> at the root unless the build says otherwise.</summary>
public interface IHazChangelog : IAutomationBuild
{
    /// <summary>The changelog file, an absolute path (a string, as NUKE declares it).</summary>
    string ChangelogFile => (RootDirectory / "CHANGELOG.md").ToString();

    /// <summary>The notes of the changelog's latest section, as NuGet release notes (<see cref="ChangelogTasks.GetNuGetReleaseNotes"/>).</summary>
    string NuGetReleaseNotes => ChangelogTasks.GetNuGetReleaseNotes(AbsolutePath.Create(ChangelogFile));
}
