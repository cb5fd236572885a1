using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Automation.Tests.Docs;

/// <summary>The documentation's blocks compiled together: their errors, and the xunit facts that examples of tests declare, run for real.</summary>
public sealed class DocumentationCompilation
{
    private readonly CSharpCompilation _compilation;
    private readonly IReadOnlyDictionary<SyntaxTree, DocumentationCodeBlock> _blocks;

    internal DocumentationCompilation(CSharpCompilation compilation, IReadOnlyDictionary<SyntaxTree, DocumentationCodeBlock> blocks)
    {
        _compilation = compilation;
        _blocks = blocks;
    }

    /// <summary>The compiler errors of each block that has any; warnings are left out, as the generated build does not stop on them.</summary>
    public IReadOnlyDictionary<DocumentationCodeBlock, IReadOnlyList<string>> Errors() =>
        _compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => BlockOf(d.Location.SourceTree) ?? throw new InvalidOperationException($"An error outside the blocks: {d}"))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(Describe)]);

    /// <summary>
    /// Runs every <c>[Fact]</c> the blocks declare (an example of testing a build is itself tested) and returns the
    /// failures, each naming its block. Call it only when <see cref="Errors"/> is empty.
    /// </summary>
    public async Task<IReadOnlyList<string>> RunFactsAsync()
    {
        var facts = _compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
            .OfType<IMethodSymbol>()
            .Where(m => m.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(FactAttribute)))
            .ToList();
        if (facts.Count == 0)
        {
            return [];
        }

        using var image = new MemoryStream();
        var emitted = _compilation.Emit(image);
        if (!emitted.Success)
        {
            return [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe)];
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("documentation blocks", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var failures = new List<string>();
            foreach (var fact in facts)
            {
                var block = BlockOf(fact.Locations[0].SourceTree)!;
                var type = assembly.GetType(MetadataName(fact.ContainingType), throwOnError: true)!;
                var method = type.GetMethod(fact.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)!;
                try
                {
                    var instance = method.IsStatic ? null : Activator.CreateInstance(type, nonPublic: true);
                    if (method.Invoke(instance, null) is Task task)
                    {
                        await task;
                    }

                    (instance as IDisposable)?.Dispose();
                }
                catch (Exception exception)
                {
                    // Whatever the example throws is its failure, reported with its block; the other facts still run.
                    var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                    failures.Add($"{block}: {type.Name}.{method.Name} failed: {cause.Message}");
                }
            }

            return failures;
        }
        finally
        {
            context.Unload();
        }
    }

    private DocumentationCodeBlock? BlockOf(SyntaxTree? tree) => tree is not null && _blocks.TryGetValue(tree, out var block) ? block : null;

    /// <summary>The name reflection knows a type by: <c>Namespace.Outer+Inner</c>.</summary>
    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer
            ? $"{MetadataName(outer)}+{type.MetadataName}"
            : type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : $"{type.ContainingNamespace.ToDisplayString()}.{type.MetadataName}";

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
