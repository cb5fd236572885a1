using System.Reflection;

namespace Automation;

/// <summary>
/// Fills a <see cref="Solution"/> member: <c>[Solution] readonly Solution Solution;</c> or
/// <c>[Solution("src/App.sln")]</c>. Without a path, the member is also a parameter named after it: <c>--solution</c>,
/// or <c>"Solution"</c> in <c>.nuke/parameters.json</c> (relative to the root), as NUKE's setup writes it; with none
/// of these, the one <c>.sln</c>/<c>.slnx</c> at the root.
/// </summary>
/// <param name="relativePath">The solution file relative to the root, or null to use the parameter.</param>
public sealed class SolutionAttribute(string? relativePath = null) : ValueInjectionAttributeBase
{
    /// <summary>The solution file relative to the root, or null.</summary>
    public string? RelativePath { get; } = relativePath;

    /// <summary>NUKE's typed project tree from a source generator, which this engine does not provide.</summary>
    [Obsolete("GenerateProjects needs NUKE's source generator, which Automation does not provide: remove it and use Solution.GetProject(\"Name\") or Solution.GetAllProjects(\"*.Tests\").", error: true)]
    public bool GenerateProjects { get; set; }

    /// <inheritdoc />
    internal override Type? ParameterType => RelativePath is null ? typeof(AbsolutePath) : null;

    /// <inheritdoc />
    internal override string? ParameterDescription => "Path to a solution file that is automatically loaded.";

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var root = Build.RootDirectory;
        var path = RelativePath is not null ? root / RelativePath : GetParameterValue<AbsolutePath>(member) ?? SingleSolutionAt(root, member);
        return Solution.Read(path, Build.EnvironmentVariables);
    }

    private static AbsolutePath SingleSolutionAt(AbsolutePath root, MemberInfo member)
    {
        var candidates = root.GetFiles("*.sln").Concat(root.GetFiles("*.slnx")).ToList();
        return candidates.Count == 1
            ? candidates[0]
            : throw new InvalidOperationException(
                $"No solution file for '{member.Name}': {(candidates.Count == 0 ? "none at the root" : $"{candidates.Count} at the root")}. " +
                $"Name it with [Solution(\"path/x.sln\")], --{Core.Naming.ToKebabCase(member.Name)} <path>, or \"{member.Name}\" in .nuke/parameters.json.");
    }
}
