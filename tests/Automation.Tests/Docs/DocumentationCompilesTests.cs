namespace Automation.Tests.Docs;

/// <summary>
/// Every C# block of README.md, CONTRIBUTING.md and docs/*.md compiles against today's API, and the examples of tests
/// they show pass, so the documentation cannot drift from the API. The convention for fragments and opt-outs is on
/// <see cref="MarkdownCodeBlocks"/> and in CONTRIBUTING.md.
/// </summary>
public sealed class DocumentationCompilesTests
{
    [Fact]
    public async Task Every_csharp_block_of_the_documentation_compiles_and_its_facts_pass()
    {
        var blocks = new List<DocumentationCodeBlock>();
        var problems = new List<string>();
        foreach (var file in DocumentationFiles.All())
        {
            var (found, errors) = MarkdownCodeBlocks.Read(file, await File.ReadAllTextAsync(Path.Combine(DocumentationFiles.Root, file)));
            blocks.AddRange(found);
            problems.AddRange(errors);
        }

        var compilation = CodeBlockCompiler.Compile(blocks);
        foreach (var (block, errors) in compilation.Errors().OrderBy(e => e.Key.File, StringComparer.Ordinal).ThenBy(e => e.Key.Line))
        {
            problems.Add($"{block} does not compile:\n  {string.Join("\n  ", errors)}");
        }

        if (problems.Count == 0)
        {
            problems.AddRange(await compilation.RunFactsAsync());
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(blocks, b => b.File == "README.md" && b.Kind != CodeBlockKind.NotCompiled);
    }
}
