using System.Reflection;

namespace Automation;

/// <summary>Fills a <see cref="GitRepository"/> member with the repository at the build's root:
/// <c>[GitRepository] readonly GitRepository Repository;</c>.</summary>
public sealed class GitRepositoryAttribute : ValueInjectionAttributeBase
{
    /// <summary>Overrides the branch (NUKE's option), e.g. for a build that always describes <c>main</c>.</summary>
    public string? Branch { get; set; }

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        var repository = GitRepository.FromLocalDirectory(Build.RootDirectory, Build.EnvironmentVariables);
        return Branch is null ? repository : repository.SetBranch(Branch);
    }
}
