namespace Automation;

/// <summary>
/// The build needs the tool of <typeparamref name="T"/> (NUKE's form): <c>[Requires&lt;CoverletTasks&gt;(Version = "6.0.1")]</c>
/// on the build class, or on a component interface it implements. See <see cref="RequiresAttribute"/> for when and how
/// it is checked.
/// </summary>
/// <typeparam name="T">A tool tasks class: <see cref="GitVersionTasks"/>, <see cref="ReportGeneratorTasks"/>, <see cref="CoverletTasks"/>, …</typeparam>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = true)]
public sealed class RequiresAttribute<T> : RequiresAttribute
    where T : IRequireTool
{
    /// <summary>
    /// The package version the build needs (NuGet packages): that version must be in the NuGet packages folder, which a
    /// <c>&lt;PackageDownload Include="…" Version="[x.y.z]" /&gt;</c> of the build project puts there. A local tool or a
    /// program on PATH is accepted whatever its version. Null: any version.
    /// </summary>
    public string? Version { get; set; }

    /// <inheritdoc/>
    internal override Type Tasks => typeof(T);

    /// <inheritdoc/>
    internal override string? RequestedVersion => Version;
}
