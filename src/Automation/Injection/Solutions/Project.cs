using Automation.Injection.Solutions;

namespace Automation;

/// <summary>
/// A project of a <see cref="Automation.Solution"/> (NUKE's <c>Project</c>). Its name, path and folder come from the
/// solution file; its MSBuild facts (<see cref="GetProperty"/>, <see cref="GetTargetFrameworks"/>,
/// <see cref="GetOutputType"/>, <see cref="GetItems"/>) are evaluated by MSBuild itself with
/// <c>dotnet msbuild -getProperty</c>, only when asked, one process per project for the common properties, and cached.
/// Converts to its path.
/// </summary>
public sealed class Project
{
    private readonly ProjectEvaluation _evaluation;

    internal Project(Solution solution, string name, AbsolutePath path, Guid projectId, SolutionFolder? solutionFolder, ProjectEvaluation evaluation)
    {
        Solution = solution;
        Name = name;
        Path = path;
        ProjectId = projectId;
        SolutionFolder = solutionFolder;
        _evaluation = evaluation;
    }

    /// <summary>The solution.</summary>
    public Solution Solution { get; }

    /// <summary>The project's name in the solution.</summary>
    public string Name { get; }

    /// <summary>The project file.</summary>
    public AbsolutePath Path { get; }

    /// <summary>
    /// The project file relative to the solution's directory, with the solution file's separators turned into this
    /// system's (<c>src/App/App.csproj</c>), as NUKE's <c>Project.RelativePath</c>.
    /// </summary>
    public string RelativePath => System.IO.Path.GetRelativePath(Solution.Directory, Path);

    /// <summary>The project file's name with its extension (<c>App.csproj</c>).</summary>
    public string FileName => Path.Name;

    /// <summary>The project's directory.</summary>
    public AbsolutePath Directory => Path.Parent!;

    /// <summary>The project's id in the solution.</summary>
    public Guid ProjectId { get; }

    /// <summary>The solution folder holding the project, or null.</summary>
    public SolutionFolder? SolutionFolder { get; }

    /// <summary>The project's path.</summary>
    /// <param name="project">The project.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(project))]
    public static implicit operator AbsolutePath?(Project? project) => project?.Path;

    /// <summary>The project's path as text.</summary>
    /// <param name="project">The project.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(project))]
    public static implicit operator string?(Project? project) => project?.Path;

    /// <summary>The project's path.</summary>
    public AbsolutePath ToAbsolutePath() => Path;

    /// <summary>The evaluated value of an MSBuild property, or null when empty.</summary>
    /// <param name="name">The property: <c>Version</c>, <c>PackageId</c>, <c>IsPackable</c>...</param>
    /// <exception cref="InvalidOperationException">MSBuild could not evaluate the project.</exception>
    public string? GetProperty(string name) => _evaluation.Property(Path, name);

    /// <summary>
    /// The evaluated value of an MSBuild property converted to <typeparamref name="T"/> (NUKE's form:
    /// <c>project.GetProperty&lt;bool&gt;("IsPackable")</c>); the type's default when the property is empty.
    /// </summary>
    /// <typeparam name="T">The type: <c>bool</c>, <c>int</c>, <c>Version</c>, anything with a converter from string.</typeparam>
    /// <param name="name">The property.</param>
    /// <exception cref="InvalidOperationException">MSBuild could not evaluate the project, or the value does not convert.</exception>
    public T? GetProperty<T>(string name)
    {
        if (GetProperty(name) is not { } text)
        {
            return default;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return (T?)System.ComponentModel.TypeDescriptor.GetConverter(target).ConvertFromInvariantString(text.Trim());
        }
        catch (Exception exception) when (exception is FormatException or NotSupportedException or ArgumentException)
        {
            throw new InvalidOperationException($"Property {name} of {Name} is '{text}', which is not a {target.Name}: ask for GetProperty<string>(\"{name}\") and convert it yourself.", exception);
        }
    }

    /// <summary>The target frameworks: <c>TargetFrameworks</c> split at <c>;</c>, or <c>TargetFramework</c>.</summary>
    public IReadOnlyCollection<string> GetTargetFrameworks() =>
        (GetProperty("TargetFrameworks") ?? GetProperty("TargetFramework") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The <c>OutputType</c>: <c>Exe</c>, <c>Library</c>, <c>WinExe</c>.</summary>
    public string? GetOutputType() => GetProperty("OutputType");

    /// <summary>The evaluated items of a type (their identities, as MSBuild gives them): <c>GetItems("PackageReference")</c>.</summary>
    /// <param name="itemType">The item type.</param>
    public IReadOnlyCollection<string> GetItems(string itemType) => _evaluation.Items(Path, itemType);

    /// <summary>Whether the project is of <paramref name="type"/>: <c>project.Is(ProjectType.CSharpProject)</c>.</summary>
    /// <param name="type">The kind.</param>
    public bool Is(ProjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Matches(Path);
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
