namespace Automation;

/// <summary>A relative path written with <c>/</c> on every platform (NUKE's <c>UnixRelativePath</c>).</summary>
public sealed class UnixRelativePath : RelativePath
{
    private UnixRelativePath(string path)
        : base(path, '/')
    {
    }

    /// <summary>A relative path written with <c>/</c>; null stays null.</summary>
    public static explicit operator UnixRelativePath?(string? path) => path is null ? null : new UnixRelativePath(path);

    /// <summary>A relative path written with <c>/</c>.</summary>
    public static new UnixRelativePath? FromString(string? path) => (UnixRelativePath?)path;

    /// <inheritdoc />
    protected override RelativePath With(string path) => new UnixRelativePath(path);
}
