namespace Automation.Components;

/// <summary>The build's version, computed from git history the way GitVersion does (NUKE's <c>IHazGitVersion</c>).</summary>
public interface IHazGitVersion : IAutomationBuild
{
    /// <summary>The version (<c>Versioning.NuGetVersionV2</c>, <c>Versioning.FullSemVer</c>, …), filled as the build starts; reading it outside a git work tree is an error that says so.</summary>
    [GitVersion]
    GitVersion Versioning => ParameterValue<GitVersion>()
        ?? throw new InvalidOperationException($"{nameof(IHazGitVersion)}.{nameof(Versioning)} is not set: there is no version to compute at '{RootDirectory}' (see the warning at the start of the build). Run the build inside a git clone.");
}
