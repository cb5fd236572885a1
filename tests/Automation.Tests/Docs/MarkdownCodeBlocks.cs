using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Automation.Tests.Docs;

/// <summary>
/// Finds the C# blocks of a Markdown file. The convention, for README.md, CONTRIBUTING.md and docs/*.md:
/// <list type="bullet">
/// <item><c>```csharp</c> (or <c>cs</c>, <c>c#</c>) is a whole source file, compiled as it is;</item>
/// <item><c>```csharp members</c> is members of a build class (targets, parameters, explicit component members),
/// compiled inside <c>class … : AutomationBuild</c> with <c>using Automation;</c> and <c>using Automation.Components;</c>;</item>
/// <item>an HTML comment <c>&lt;!-- not compiled: why --&gt;</c> right before a block opts it out, with its reason.</item>
/// </list>
/// Anything else after <c>csharp</c>, or an opt-out without a reason, is a convention error, so a typo never
/// silently stops a block from being checked.
/// </summary>
public static partial class MarkdownCodeBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The C# blocks of <paramref name="markdown"/>, and the convention errors found on the way.</summary>
    /// <param name="file">The file's path relative to the repository root, for messages.</param>
    /// <param name="markdown">The file's text.</param>
    public static (IReadOnlyList<DocumentationCodeBlock> Blocks, IReadOnlyList<string> Errors) Read(string file, string markdown)
    {
        var blocks = new List<DocumentationCodeBlock>();
        var errors = new List<string>();
        foreach (var fence in Markdown.Parse(markdown, Pipeline).Descendants<FencedCodeBlock>())
        {
            if (!IsCSharp(fence.Info))
            {
                continue;
            }

            var line = fence.Line + 1;
            var code = fence.Lines.ToString();
            var optOut = OptOutBefore(fence);
            if (optOut is not null)
            {
                if (string.IsNullOrWhiteSpace(optOut))
                {
                    errors.Add($"{file}, block at line {line}: '<!-- not compiled: ... -->' needs its reason after the colon.");
                }

                blocks.Add(new DocumentationCodeBlock(file, line, CodeBlockKind.NotCompiled, code));
                continue;
            }

            switch (fence.Arguments?.Trim() ?? string.Empty)
            {
                case "":
                    blocks.Add(new DocumentationCodeBlock(file, line, CodeBlockKind.File, code));
                    break;
                case "members":
                    blocks.Add(new DocumentationCodeBlock(file, line, CodeBlockKind.Members, code));
                    break;
                case var other:
                    errors.Add($"{file}, block at line {line}: unknown block kind '```{fence.Info} {other}'. Use '```csharp' (a whole file), "
                        + "'```csharp members' (members of a build class) or '<!-- not compiled: why -->' before the block.");
                    break;
            }
        }

        return (blocks, errors);
    }

    private static bool IsCSharp(string? info) =>
        info is not null && (info.Equals("csharp", StringComparison.OrdinalIgnoreCase)
            || info.Equals("cs", StringComparison.OrdinalIgnoreCase)
            || info.Equals("c#", StringComparison.OrdinalIgnoreCase));

    /// <summary>The reason of a <c>&lt;!-- not compiled: … --&gt;</c> comment right before the block (empty when it gives none), or null.</summary>
    private static string? OptOutBefore(FencedCodeBlock fence)
    {
        if (fence.Parent is not { } parent)
        {
            return null;
        }

        var index = parent.IndexOf(fence);
        if (index <= 0 || parent[index - 1] is not HtmlBlock html)
        {
            return null;
        }

        var match = OptOutComment().Match(html.Lines.ToString());
        return match.Success ? match.Groups["reason"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^\s*<!--\s*not compiled\s*:?(?<reason>.*?)-->\s*$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptOutComment();
}
