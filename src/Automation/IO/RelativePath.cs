namespace Automation;

/// <summary>
/// A relative path with the separator of this platform (NUKE's <c>RelativePath</c>): <c>(RelativePath)"src" / "App"</c>.
/// <see cref="UnixRelativePath"/> and <see cref="WinRelativePath"/> fix the separator, for scripts and configuration
/// files meant for another platform.
/// </summary>
public class RelativePath
{
    private readonly string _path;

    /// <summary>Creates a relative path with the given separator.</summary>
    /// <param name="path">The path; either separator is accepted and normalized to <paramref name="separator"/>.</param>
    /// <param name="separator">The separator the path is written with.</param>
    protected RelativePath(string path, char separator)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathRooted(path) && !(path.StartsWith('\\') && separator == '\\'))
        {
            throw new ArgumentException($"'{path}' is an absolute path; a RelativePath is relative. Use AbsolutePath for it.", nameof(path));
        }

        Separator = separator;
        _path = Normalize(path, separator);
    }

    /// <summary>The separator this path is written with.</summary>
    public char Separator { get; }

    /// <summary>A relative path with this platform's separator; null stays null.</summary>
    public static explicit operator RelativePath?(string? path) => path is null ? null : new RelativePath(path, Path.DirectorySeparatorChar);

    /// <summary>A relative path with this platform's separator.</summary>
    public static RelativePath? FromString(string? path) => (RelativePath?)path;

    /// <summary>The path as a string; null stays null.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(path))]
    public static implicit operator string?(RelativePath? path) => path?._path;

    /// <summary>Appends a segment, keeping the separator.</summary>
    public static RelativePath operator /(RelativePath left, string? right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.With(string.IsNullOrEmpty(right) ? left._path : left._path.Length == 0 || left._path == "." ? right : left._path + left.Separator + right);
    }

    /// <summary>Appends text to the last segment.</summary>
    public static RelativePath operator +(RelativePath left, string? right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.With(left._path + right);
    }

    /// <summary>Appends a segment.</summary>
    public static RelativePath Divide(RelativePath left, string? right) => left / right;

    /// <summary>Appends text to the last segment.</summary>
    public static RelativePath Add(RelativePath left, string? right) => left + right;

    /// <summary>A path of the same kind (the same separator) with other text.</summary>
    /// <param name="path">The new text.</param>
    protected virtual RelativePath With(string path) => new(path, Separator);

    /// <inheritdoc />
    public override string ToString() => _path;

    private static string Normalize(string path, char separator)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/', '\\'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? "." : string.Join(separator, segments);
    }
}
