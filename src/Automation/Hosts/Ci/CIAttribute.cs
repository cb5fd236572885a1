using System.Reflection;

namespace Automation;

/// <summary>
/// Fills a member with the CI system's object when the build runs there (NUKE's <c>[CI]</c>):
/// <c>[CI] readonly GitHubActions GitHubActions;</c> is null on a developer's machine and on every other CI system. The
/// member's type is <see cref="GitHubActions"/>, <see cref="AzurePipelines"/>, <see cref="GitLab"/>,
/// <see cref="TeamCity"/>, <see cref="AppVeyor"/> or <see cref="BuildHost"/> (whichever runs the build).
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class CIAttribute : ValueInjectionAttributeBase
{
    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var type = member is FieldInfo field ? field.FieldType : ((PropertyInfo)member).PropertyType;
        if (!typeof(BuildHost).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"[CI] fills a CI system's object (GitHubActions, AzurePipelines, GitLab, TeamCity, AppVeyor), not a {type.Name}.");
        }

        var host = BuildHost.From(Build.EnvironmentVariables);
        return type.IsInstanceOfType(host) ? host : null;
    }
}
