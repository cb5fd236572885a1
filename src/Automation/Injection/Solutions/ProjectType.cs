namespace Automation;

/// <summary>
/// NUKE's <c>ProjectType</c>: the kind of a project of a solution, for <see cref="Project.Is"/>
/// (<c>project.Is(ProjectType.CSharpProject)</c>). Told by the project file's extension, which SDK-style and legacy
/// projects of a kind share (NUKE compares the solution's type GUIDs, of which each kind has two).
/// </summary>
public sealed class ProjectType
{
    private readonly string _extension;

    private ProjectType(string name, string extension)
    {
        Name = name;
        _extension = extension;
    }

    /// <summary>A C# project (<c>.csproj</c>).</summary>
    public static ProjectType CSharpProject { get; } = new(nameof(CSharpProject), ".csproj");

    /// <summary>An F# project (<c>.fsproj</c>).</summary>
    public static ProjectType FSharpProject { get; } = new(nameof(FSharpProject), ".fsproj");

    /// <summary>A Visual Basic project (<c>.vbproj</c>).</summary>
    public static ProjectType VBProject { get; } = new(nameof(VBProject), ".vbproj");

    /// <summary>A C++ project (<c>.vcxproj</c>).</summary>
    public static ProjectType CppProject { get; } = new(nameof(CppProject), ".vcxproj");

    /// <summary>A shared project (<c>.shproj</c>).</summary>
    public static ProjectType SharedProject { get; } = new(nameof(SharedProject), ".shproj");

    /// <summary>A SQL Server database project (<c>.sqlproj</c>).</summary>
    public static ProjectType SqlProject { get; } = new(nameof(SqlProject), ".sqlproj");

    /// <summary>The kind's name (<c>CSharpProject</c>).</summary>
    public string Name { get; }

    /// <summary>Whether the project file at <paramref name="path"/> is of this kind.</summary>
    /// <param name="path">A project file.</param>
    public bool Matches(AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Equals(System.IO.Path.GetExtension(path), _extension, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
