namespace Automation;

/// <summary>A relative path written with <c>\</c> on every platform (NUKE's <c>WinRelativePath</c>).</summary>
public sealed class WinRelativePath : RelativePath
{
    private WinRelativePath(string path)
        : base(path, '\\')
    {
    }

    /// <summary>A relative path written with <c>\</c>; null stays null.</summary>
    public static explicit operator WinRelativePath?(string? path) => path is null ? null : new WinRelativePath(path);

    /// <summary>A relative path written with <c>\</c>.</summary>
    public static new WinRelativePath? FromString(string? path) => (WinRelativePath?)path;

    /// <inheritdoc />
    protected override RelativePath With(string path) => new WinRelativePath(path);
}
