using System.Reflection;

namespace Automation;

/// <summary>
/// Fills a <see cref="Solution"/> member: <c>[Solution] readonly Solution Solution;</c> or
/// <c>[Solution("src/App.sln")]</c>. Without a path, the member is also a parameter named after it: <c>--solution</c>,
/// or <c>"Solution"</c> in <c>.nuke/parameters.json</c> (relative to the root), as NUKE's setup writes it; with none
/// of these, the one <c>.sln</c>/<c>.slnx</c> at the root. With <see cref="GenerateProjects"/>, the package's source
/// generator finds the same file at compile time and generates the member's type, with a member per project and
/// solution folder; the member is then filled with an instance of that type.
/// </summary>
/// <param name="relativePath">The solution file relative to the root, or null to use the parameter.</param>
public sealed class SolutionAttribute(string? relativePath = null) : ValueInjectionAttributeBase
{
    /// <summary>The solution file relative to the root, or null.</summary>
    public string? RelativePath { get; } = relativePath;

    /// <summary>
    /// Generate the member's type at compile time (NUKE's strongly typed solution): for
    /// <c>[Solution(GenerateProjects = true)] readonly Solution Solution;</c>, a class <c>Solution</c> in the build's
    /// namespace deriving from <see cref="Automation.Solution"/>, with a property per project (<c>Solution.My_App</c> for
    /// <c>My.App</c>) and per solution folder (<c>Solution.src.MyApp</c>). The solution file is read when the build
    /// project compiles; a compile error (AUTOMATION001) says when none is found.
    /// </summary>
    public bool GenerateProjects { get; set; }

    /// <summary>
    /// NUKE 8's switch for its warning that the solution builds the build project. Reading a solution never warns
    /// here: that check is <c>[CheckBuildProjectConfigurations]</c> on the build class (it looks at every
    /// solution under the root), so this property is accepted for NUKE builds and changes nothing.
    /// </summary>
    public bool SuppressBuildProjectCheck { get; set; }

    /// <inheritdoc />
    internal override Type? ParameterType => RelativePath is null ? typeof(AbsolutePath) : null;

    /// <inheritdoc />
    internal override string? ParameterDescription => "Path to a solution file that is automatically loaded.";

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var root = Build.RootDirectory;
        // NUKE builds written on Windows name it as @".\App.sln": NUKE's paths took either separator on every system.
        var path = RelativePath is not null ? root / RelativePath.Replace('\\', '/') : GetParameterValue<AbsolutePath>(member) ?? SingleSolutionAt(root, member);
        var type = member switch
        {
            FieldInfo field => field.FieldType,
            PropertyInfo property => property.PropertyType,
            _ => typeof(Solution),
        };

        // The member's own type when it derives from Solution (the type GenerateProjects generates), else a plain one.
        return type.IsSubclassOf(typeof(Solution)) && !type.IsAbstract
            ? Solution.ReadInto((Solution)Activator.CreateInstance(type, nonPublic: true)!, path, Build.EnvironmentVariables)
            : Solution.Read(path, Build.EnvironmentVariables);
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
