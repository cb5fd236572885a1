namespace Automation.Tests.Docs;

/// <summary>The documentation test's own rules: how blocks are read and compiled, and how a failure is reported.</summary>
public sealed class CodeBlockConventionTests
{
    [Fact]
    public void A_block_that_does_not_compile_is_reported_with_its_file_its_line_and_the_compiler_error()
    {
        const string markdown = "# Page\n\nText.\n\n```csharp members\nTarget Docs => _ => _\n    .Executes(() => Missing());\n```\n";

        var (blocks, _) = MarkdownCodeBlocks.Read("docs/page.md", markdown);
        var errors = CodeBlockCompiler.Compile(blocks).Errors();

        var (block, messages) = Assert.Single(errors);
        Assert.Equal("docs/page.md, block at line 5", block.ToString());
        var message = Assert.Single(messages);
        Assert.StartsWith("docs/page.md(7,21): error CS0103: The name 'Missing' does not exist", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_compile_inside_a_build_class_and_files_as_they_are_each_in_a_namespace_of_its_own()
    {
        const string markdown = """
            ```csharp members
            [Parameter("Docs folder")] readonly string DocsFolder = "docs";

            Target Docs => _ => _.Executes(ctx => ctx.Run("docfx", [DocsFolder]));
            ```

            ```csharp
            using Automation;

            class Build : AutomationBuild
            {
                Target Compile => _ => _.Executes(() => { });
            }
            ```

            ```csharp
            using Automation;
            using Automation.Components;

            class Build : AutomationBuild, IPack;
            ```
            """;

        var (blocks, conventionErrors) = MarkdownCodeBlocks.Read("README.md", markdown);

        Assert.Empty(conventionErrors);
        Assert.Equal([CodeBlockKind.Members, CodeBlockKind.File, CodeBlockKind.File], blocks.Select(b => b.Kind));
        Assert.Empty(CodeBlockCompiler.Compile(blocks).Errors());
    }

    [Fact]
    public void A_block_inside_a_list_item_keeps_its_lines_without_the_items_indentation()
    {
        const string markdown = "1. **Rule.** Text:\n\n    ```csharp members\n    Target Docs => _ => _.Executes(() => Missing());\n    ```\n";

        var (blocks, _) = MarkdownCodeBlocks.Read("docs/rules.md", markdown);

        var block = Assert.Single(blocks);
        Assert.Equal(3, block.Line);
        Assert.StartsWith("Target Docs", block.Code, StringComparison.Ordinal);
        var message = Assert.Single(Assert.Single(CodeBlockCompiler.Compile(blocks).Errors()).Value);
        Assert.StartsWith("docs/rules.md(4,", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_opted_out_with_a_reason_is_not_compiled()
    {
        const string markdown = "<!-- not compiled: NUKE's syntax, for comparison -->\n```csharp\nTarget Compile => _ => _.Executes(() => DotNetBuild());\n```\n";

        var (blocks, conventionErrors) = MarkdownCodeBlocks.Read("docs/page.md", markdown);

        Assert.Empty(conventionErrors);
        Assert.Equal(CodeBlockKind.NotCompiled, Assert.Single(blocks).Kind);
        Assert.Empty(CodeBlockCompiler.Compile(blocks).Errors());
    }

    [Theory]
    [InlineData("<!-- not compiled -->\n```csharp\nclass A;\n```\n", "needs its reason")]
    [InlineData("```csharp member\nclass A;\n```\n", "unknown block kind '```csharp member'")]
    public void An_opt_out_without_a_reason_or_an_unknown_kind_is_a_convention_error(string markdown, string error)
    {
        var (_, conventionErrors) = MarkdownCodeBlocks.Read("docs/page.md", markdown);

        Assert.Contains(error, Assert.Single(conventionErrors), StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_of_other_languages_are_left_alone()
    {
        const string markdown = "```\n./build.sh pack\n```\n\n```sh\nautomation :setup\n```\n\n```json\n{ }\n```\n";

        Assert.Empty(MarkdownCodeBlocks.Read("README.md", markdown).Blocks);
    }

    [Fact]
    public async Task The_facts_a_block_declares_run_and_a_failing_one_is_reported_with_its_block()
    {
        const string markdown = """
            ```csharp
            using Xunit;

            public sealed class ExampleTests
            {
                [Fact]
                public void Passes() => Assert.Equal(2, 1 + 1);

                [Fact]
                public async Task Fails()
                {
                    await Task.Yield();
                    Assert.Equal(3, 1 + 1);
                }
            }
            ```
            """;

        var compilation = CodeBlockCompiler.Compile(MarkdownCodeBlocks.Read("docs/testing.md", markdown).Blocks);

        Assert.Empty(compilation.Errors());
        var failure = Assert.Single(await compilation.RunFactsAsync());
        Assert.StartsWith("docs/testing.md, block at line 1: ExampleTests.Fails failed: Assert.Equal() Failure", failure, StringComparison.Ordinal);
    }
}
