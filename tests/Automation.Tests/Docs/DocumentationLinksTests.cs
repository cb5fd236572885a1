namespace Automation.Tests.Docs;

/// <summary>The documentation's links between its pages lead somewhere: the file exists, and so does the heading an anchor names.</summary>
public sealed class DocumentationLinksTests
{
    [Fact]
    public void Every_relative_link_of_the_documentation_leads_to_a_file_and_heading_that_exist()
    {
        var broken = new List<string>();
        foreach (var file in DocumentationFiles.All())
        {
            foreach (var (line, url) in MarkdownLinks.Relative(File.ReadAllText(Path.Combine(DocumentationFiles.Root, file))))
            {
                var (path, anchor) = url.Split('#', 2) is [var p, var a] ? (p, a) : (url, string.Empty);
                var target = path.Length == 0 ? file : Path.GetRelativePath(DocumentationFiles.Root, Path.GetFullPath(Path.Combine(DocumentationFiles.Root, Path.GetDirectoryName(file)!, path))).Replace('\\', '/');
                var full = Path.Combine(DocumentationFiles.Root, target);
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    broken.Add($"{file}({line}): {url}: no {target}");
                }
                else if (anchor.Length > 0 && target.EndsWith(".md", StringComparison.Ordinal) && !MarkdownLinks.Anchors(File.ReadAllText(full)).Contains(anchor))
                {
                    broken.Add($"{file}({line}): {url}: {target} has no heading for #{anchor}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Anchors_are_made_as_GitHub_makes_them()
    {
        var anchors = MarkdownLinks.Anchors("# Incremental targets and `--continue`\n\n## What `:setup` does, in order\n\n## 2026-11-22: startup and 10,000 targets\n");

        Assert.Equal(
            ["2026-11-22-startup-and-10000-targets", "incremental-targets-and---continue", "what-setup-does-in-order"],
            anchors.Order(StringComparer.Ordinal));
    }
}
