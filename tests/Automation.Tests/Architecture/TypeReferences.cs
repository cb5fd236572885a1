using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Automation.Tests.Architecture;

/// <summary>
/// Every type each source file of a project uses, as the compiler binds it: named in a signature, a base list, an
/// attribute or a method body, reached through a member (a method, property, field, extension method or operator of
/// the type), or only inferred (<c>var</c>, lambdas, target-typed <c>new()</c>, constants). Type arguments and array
/// elements count; <c>using</c> directives and documentation comments do not.
/// </summary>
public static class TypeReferences
{
    /// <summary>The uses in <paramref name="project"/>'s own files, one per file and type.</summary>
    public static IReadOnlyList<TypeReference> In(SourceProject project)
    {
        var references = new List<TypeReference>();
        var seen = new HashSet<(string, INamedTypeSymbol)>();
        foreach (var (file, line, symbol) in SymbolsIn(project))
        {
            IEnumerable<INamedTypeSymbol> types = symbol switch
            {
                ITypeSymbol type => Expand(type),
                IMethodSymbol { ReducedFrom: { } extension } => [extension.ContainingType],
                _ when symbol.ContainingType is { } container => [container],
                _ => [],
            };
            foreach (var type in types.Select(Outermost).Where(t => seen.Add((file, t))))
            {
                references.Add(new TypeReference(file, line, type));
            }
        }

        return references;
    }

    /// <summary>Every symbol the files of <paramref name="project"/> bind to (members, types, inferred types), where.</summary>
    public static IEnumerable<(string File, int Line, ISymbol Symbol)> SymbolsIn(SourceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        foreach (var tree in project.SourceFiles)
        {
            var model = project.Compilation.GetSemanticModel(tree);
            var file = project.RelativePath(tree);
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is not UsingDirectiveSyntax).Where(IsBindable))
            {
                var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                foreach (var symbol in SymbolsAt(model, node).OfType<ISymbol>())
                {
                    yield return (file, line, symbol);
                }
            }
        }
    }

    private static bool IsBindable(SyntaxNode node) =>
        node is ExpressionSyntax or AttributeSyntax or ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax
        && node.Parent is not UsingDirectiveSyntax;

    private static IEnumerable<ISymbol?> SymbolsAt(SemanticModel model, SyntaxNode node)
    {
        var symbol = model.GetSymbolInfo(node);
        foreach (var bound in symbol.Symbol is { } single ? [single] : symbol.CandidateSymbols)
        {
            yield return bound;
        }

        if (node is ExpressionSyntax)
        {
            var info = model.GetTypeInfo(node);
            yield return info.Type;
            yield return info.ConvertedType;
        }
    }

    /// <summary>A type with the types it is made of: type arguments (tuples' elements too), array and pointer elements.</summary>
    private static IEnumerable<INamedTypeSymbol> Expand(ITypeSymbol? type)
    {
        switch (type)
        {
            case INamedTypeSymbol named:
                yield return named;
                foreach (var part in named.TypeArguments.SelectMany(Expand))
                {
                    yield return part;
                }

                break;
            case IArrayTypeSymbol array:
                foreach (var part in Expand(array.ElementType))
                {
                    yield return part;
                }

                break;
            case IPointerTypeSymbol pointer:
                foreach (var part in Expand(pointer.PointedAtType))
                {
                    yield return part;
                }

                break;
        }
    }

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        var outer = type.OriginalDefinition;
        while (outer.ContainingType is { } container)
        {
            outer = container.OriginalDefinition;
        }

        return outer;
    }
}
