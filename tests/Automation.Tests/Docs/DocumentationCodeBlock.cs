namespace Automation.Tests.Docs;

/// <summary>A C# block of a documentation file.</summary>
/// <param name="File">The file, relative to the repository root with forward slashes (<c>docs/parameters.md</c>).</param>
/// <param name="Line">The 1-based line of the block's opening fence.</param>
/// <param name="Kind">How it is compiled.</param>
/// <param name="Code">The block's text, without the fences and the indentation of the list item it may sit in.</param>
public sealed record DocumentationCodeBlock(string File, int Line, CodeBlockKind Kind, string Code)
{
    /// <summary>The 1-based line of the block's first line of code.</summary>
    public int FirstCodeLine => Line + 1;

    public override string ToString() => $"{File}, block at line {Line}";
}
