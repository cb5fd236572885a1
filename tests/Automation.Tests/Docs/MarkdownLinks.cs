using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Automation.Tests.Docs;

/// <summary>The relative links of a Markdown file and the anchors its headings make, as GitHub renders them.</summary>
public static class MarkdownLinks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Each link to a file of the repository (<c>docs/setup.md</c>, <c>../CONTRIBUTING.md#tests</c>, <c>#fan-out</c>), with its 1-based line.</summary>
    public static IEnumerable<(int Line, string Url)> Relative(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>()
            .Where(l => l.Url is { Length: > 0 } url && !url.Contains("://", StringComparison.Ordinal) && !url.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(l => (l.Line + 1, l.Url!));

    /// <summary>The anchors of the headings: lower case, punctuation but <c>-</c> and <c>_</c> dropped, spaces made <c>-</c>.</summary>
    public static IReadOnlySet<string> Anchors(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().Select(h => Slug(Text(h.Inline))).ToHashSet(StringComparer.Ordinal);

    private static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var part in inline?.Descendants<Inline>() ?? [])
        {
            text.Append(part switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private static string Slug(string heading) =>
        string.Concat(heading.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
}
