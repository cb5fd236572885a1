using System.Globalization;
using System.Text;
using Automation.Components;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Automation.Tests.Docs;

/// <summary>
/// Compiles documentation blocks in one compilation, as a build project written by <c>automation :setup</c> would
/// (C# latest, nullable and the SDK's implicit usings on), against the engine, the components, xunit (for the pages
/// that show a test) and .NET 10's reference assemblies. Each block gets its own namespace, so every example may
/// declare its own <c>Build</c>; <c>#line</c> maps the compiler's errors back to the Markdown file's lines.
/// </summary>
public static class CodeBlockCompiler
{
    /// <summary>The global usings the SDK adds to a project with ImplicitUsings on (also used by the architecture test).</summary>
    internal const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parsing = new(LanguageVersion.Latest);

    /// <summary>One compilation of every block but those opted out.</summary>
    public static DocumentationCompilation Compile(IEnumerable<DocumentationCodeBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var trees = new Dictionary<SyntaxTree, DocumentationCodeBlock>();
        var index = 0;
        foreach (var block in blocks.Where(b => b.Kind != CodeBlockKind.NotCompiled))
        {
            trees[CSharpSyntaxTree.ParseText(Wrap(block, $"DocumentationBlock{index++}"), Parsing, path: block.File, encoding: Encoding.UTF8)] = block;
        }

        var compilation = CSharpCompilation.Create(
            "DocumentationBlocks",
            [.. trees.Keys, CSharpSyntaxTree.ParseText(ImplicitUsings, Parsing)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new DocumentationCompilation(compilation, trees);
    }

    /// <summary>The block as a source file: in a namespace of its own (unless it declares one), members inside a build class.</summary>
    private static string Wrap(DocumentationCodeBlock block, string ns)
    {
        var text = new StringBuilder();
        var declaresNamespace = CSharpSyntaxTree.ParseText(block.Code, Parsing).GetCompilationUnitRoot().Members.Any(m => m is BaseNamespaceDeclarationSyntax);
        if (!declaresNamespace)
        {
            text.Append(CultureInfo.InvariantCulture, $"namespace {ns}\n{{\n");
        }

        if (block.Kind == CodeBlockKind.Members)
        {
            text.Append("using Automation;\nusing Automation.Components;\n\nclass DocumentedBuild : AutomationBuild\n{\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"#line {block.FirstCodeLine} \"{block.File}\"\n")
            .Append(block.Code)
            .Append("\n#line default\n");

        if (block.Kind == CodeBlockKind.Members)
        {
            text.Append("}\n");
        }

        if (!declaresNamespace)
        {
            text.Append("}\n");
        }

        return text.ToString();
    }

    private static IEnumerable<MetadataReference> References() =>
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        .. new[] { typeof(AutomationBuild), typeof(IPack), typeof(FactAttribute), typeof(Xunit.Assert), typeof(Serilog.Log) }
            .Select(t => t.Assembly.Location)
            .Distinct()
            .Select(location => MetadataReference.CreateFromFile(location)),
    ];
}
