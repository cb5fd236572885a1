namespace Automation.Tests.Docs;

/// <summary>How a C# block of the documentation is compiled (see <see cref="MarkdownCodeBlocks"/> for the convention).</summary>
public enum CodeBlockKind
{
    /// <summary><c>```csharp</c>: a whole source file, compiled as it is.</summary>
    File,

    /// <summary><c>```csharp members</c>: members of a build class, compiled inside <c>class … : AutomationBuild</c>.</summary>
    Members,

    /// <summary>Preceded by <c>&lt;!-- not compiled: reason --&gt;</c>: shown for comparison (NUKE syntax, an outline), never compiled.</summary>
    NotCompiled,
}
