namespace Automation;

/// <summary>
/// A normalized, absolute file-system path. Combine with <c>/</c>: <c>RootDirectory / "src" / "App"</c>. The file
/// operations NUKE builds use (<c>GlobFiles</c>, <c>CreateOrCleanDirectory</c>, <c>Copy</c>, <c>ZipTo</c>, ...) are
/// extension methods in <see cref="AbsolutePathExtensions"/>.
/// </summary>
[System.ComponentModel.TypeConverter(typeof(IO.AbsolutePathTypeConverter))]
public sealed class AbsolutePath : IEquatable<AbsolutePath>
{
    private readonly string _path;

    private AbsolutePath(string path) => _path = path;

    /// <summary>Creates an absolute path; a relative path is an error.</summary>
    /// <exception cref="ArgumentException">The path is not rooted.</exception>
    public static AbsolutePath Create(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Path.IsPathRooted(path))
        {
            throw new ArgumentException($"'{path}' is not an absolute path.", nameof(path));
        }

        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        if (full.Length > root.Length)
        {
            full = full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        }

        return new AbsolutePath(full);
    }

    /// <summary>The last segment of the path.</summary>
    public string Name => Path.GetFileName(_path);

    /// <summary>The last segment without its extension: <c>App</c> for <c>/src/App.csproj</c>.</summary>
    public string NameWithoutExtension => Path.GetFileNameWithoutExtension(_path);

    /// <summary>The extension with its dot (<c>.csproj</c>), or empty.</summary>
    public string Extension => Path.GetExtension(_path);

    /// <summary>The containing directory, or null at the root.</summary>
    public AbsolutePath? Parent => Path.GetDirectoryName(_path) is { } parent ? new AbsolutePath(parent) : null;

    /// <summary>Whether a directory exists at this path.</summary>
    public bool DirectoryExists() => Directory.Exists(_path);

    /// <summary>Whether a file exists at this path.</summary>
    public bool FileExists() => File.Exists(_path);

    /// <summary>Appends a relative segment.</summary>
    public static AbsolutePath operator /(AbsolutePath left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return Create(Path.Combine(left._path, right));
    }

    /// <summary>Appends a relative path.</summary>
    public static AbsolutePath operator /(AbsolutePath left, RelativePath right)
    {
        ArgumentNullException.ThrowIfNull(right);
        return left / right.ToString();
    }

    /// <summary>Appends text to the last segment: <c>OutputDirectory / "app" + ".zip"</c>.</summary>
    public static AbsolutePath operator +(AbsolutePath left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return Create(left._path + right);
    }

    /// <summary>Appends a relative segment.</summary>
    public static AbsolutePath Divide(AbsolutePath left, string right) => left / right;

    /// <summary>Appends text to the last segment.</summary>
    public static AbsolutePath Add(AbsolutePath left, string right) => left + right;

    /// <summary>An absolute path from a string (as NUKE converts); null stays null, a relative path is an error.</summary>
    public static implicit operator AbsolutePath?(string? path) => path is null ? null : Create(path);

    /// <summary>An absolute path from a string.</summary>
    public static AbsolutePath? FromString(string? path) => path;

    /// <summary>Appends a relative segment.</summary>
    public AbsolutePath Combine(string relative) => this / relative;

    /// <summary>The path relative to <paramref name="basePath"/>.</summary>
    public string RelativeTo(AbsolutePath basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        return Path.GetRelativePath(basePath._path, _path);
    }

    /// <summary>Whether the path is <paramref name="basePath"/> itself or lies below it (by path, links are not followed).</summary>
    public bool IsWithin(AbsolutePath basePath)
    {
        var relative = RelativeTo(basePath);
        return relative != ".."
            && !relative.StartsWith("../", StringComparison.Ordinal)
            && !relative.StartsWith(@"..\", StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }

    /// <summary>The path as a string; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(path))]
    public static implicit operator string?(AbsolutePath? path) => path?._path;

    /// <inheritdoc />
    public override string ToString() => _path;

    /// <inheritdoc />
    public bool Equals(AbsolutePath? other) =>
        other is not null && string.Equals(_path, other._path, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AbsolutePath);

    /// <inheritdoc />
    public override int GetHashCode() => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase.GetHashCode(_path) : StringComparer.Ordinal.GetHashCode(_path);

    /// <summary>Equality of two paths.</summary>
    public static bool operator ==(AbsolutePath? left, AbsolutePath? right) => Equals(left, right);

    /// <summary>Inequality of two paths.</summary>
    public static bool operator !=(AbsolutePath? left, AbsolutePath? right) => !Equals(left, right);
}
