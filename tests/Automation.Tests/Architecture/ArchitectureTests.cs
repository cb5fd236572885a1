using System.Reflection;
using Automation.Components;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Automation.Tests.Architecture;

/// <summary>
/// The engine's folders depend one way, lowest layer first (<see cref="EngineLayers"/>, docs/architecture.md); its
/// namespaces follow its folders; the components and the tool keep their layout and use only the engine's public API.
/// Read from the sources with Roslyn, so method bodies and constants count as much as signatures, and checked against
/// the compiled assemblies by reflection, so what is read is what ships.
/// </summary>
public sealed class ArchitectureTests(ITestOutputHelper output)
{
    private static readonly Lazy<SourceProject> Engine = new(() => SourceProject.Load(typeof(AutomationBuild).Assembly));
    private static readonly Lazy<SourceProject> Components = new(() => SourceProject.Load(typeof(IPack).Assembly));
    private static readonly Lazy<SourceProject> Tool = new(() => SourceProject.Load(typeof(Automation.Cli.Commands.CommandDispatcher).Assembly));

    [Fact]
    public void The_projects_compile_from_their_sources_as_the_analysis_reads_them()
    {
        foreach (var project in new[] { Engine.Value, Components.Value, Tool.Value })
        {
            Assert.Empty(project.Errors());
        }
    }

    [Fact]
    public void The_analysis_reads_every_type_the_compiled_engine_has()
    {
        var project = Engine.Value;
        var missing = typeof(AutomationBuild).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Automation", StringComparison.Ordinal) == true && !t.Name.Contains('<', StringComparison.Ordinal) && !IsCompilerGenerated(t))
            .Where(t => project.Compilation.GetTypeByMetadataName(t.FullName!) is not { } symbol || !symbol.Locations.Any(l => l.SourceTree is { } tree && project.IsSourceFile(tree)))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(missing.Count == 0, $"Types of Automation.dll not found in the sources read: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_engine_folder_is_in_a_layer_and_every_layer_folder_exists()
    {
        var project = Engine.Value;
        var folders = project.SourceFiles.Select(project.TopFolder).ToHashSet(StringComparer.Ordinal);
        var declared = EngineLayers.Order.SelectMany(layer => layer).ToHashSet(StringComparer.Ordinal);

        Assert.True(!folders.Contains(string.Empty), $"Files at the top of src/Automation: {string.Join(", ", project.SourceFiles.Where(t => project.TopFolder(t).Length == 0).Select(project.RelativePath))}. Put each in the folder of its concept.");
        Assert.True(folders.SetEquals(declared), $"Folders without a layer: [{string.Join(", ", folders.Except(declared).Order(StringComparer.Ordinal))}]; layers naming no folder: [{string.Join(", ", declared.Except(folders).Order(StringComparer.Ordinal))}]. Add the folder to EngineLayers and docs/architecture.md, or remove the stale name.");
    }

    [Fact]
    public void Engine_folders_use_only_folders_of_lower_layers()
    {
        var project = Engine.Value;
        var edges = FolderEdges(project);
        output.WriteLine(string.Join("\n", edges.GroupBy(e => e.From).OrderBy(g => EngineLayers.LayerOf(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} -> {string.Join(", ", g.GroupBy(e => e.To).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}({t.Select(e => e.Reference.Type).Distinct(SymbolEqualityComparer.Default).Count()})"))}")));

        var backward = edges.Where(e => !EngineLayers.Allows(e.From, e.To))
            .Select(e => $"{e.Reference.File}({e.Reference.Line}): {e.From} uses {e.Reference.Type.ToDisplayString()} of {e.To}")
            .ToList();
        Assert.True(
            backward.Count == 0,
            "Folders may use only folders of lower layers (docs/architecture.md). Move the type to the layer it belongs to, or declare a small interface in the lower layer:\n" + string.Join("\n", backward));
    }

    [Fact]
    public void Namespaces_follow_folders()
    {
        var wrong = new List<string>();
        // The engine: internal types live in the namespace of their folder; public ones may stay in Automation, where users find them.
        wrong.AddRange(Misplaced(Engine.Value, (type, folderNamespace) => type.Namespace == folderNamespace || (type.IsPublic && type.Namespace == "Automation")));
        // The components: one namespace that a build imports with one using, each component in its folder. The one
        // exception: NUKE's Nuke.Common types that need a component's package (GitHubTasks needs Octokit) sit in a
        // NukeCommon folder and in Automation, where the port rewrite sends every Nuke.Common namespace.
        wrong.AddRange(Misplaced(Components.Value, (type, folderNamespace) => type.Namespace == "Automation.Components"
            || (type.IsPublic && type.Namespace == "Automation" && folderNamespace.EndsWith(".NukeCommon", StringComparison.Ordinal))));
        // The tool: namespaces follow folders.
        wrong.AddRange(Misplaced(Tool.Value, (type, folderNamespace) => type.Namespace == folderNamespace));

        Assert.True(wrong.Count == 0, "Types in the wrong namespace for their folder:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_components_and_the_tool_use_only_the_engines_public_API()
    {
        var engine = typeof(AutomationBuild).Assembly.GetName().Name;
        var uses = new[] { Components.Value, Tool.Value }
            .SelectMany(project => TypeReferences.SymbolsIn(project)
                .Where(use => use.Symbol.ContainingAssembly?.Name == engine && !IsPublicApi(use.Symbol))
                .Select(use => $"{project.Compilation.AssemblyName}/{use.File}({use.Line}): {use.Symbol.OriginalDefinition.ToDisplayString()}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(uses.Count == 0, "The components and the tool build on the engine's public API only, as a third-party component must. Make what they need public (documented, with a CHANGELOG line), or do without:\n" + string.Join("\n", uses));
    }

    private static List<(string From, string To, TypeReference Reference)> FolderEdges(SourceProject project) =>
        [.. TypeReferences.In(project)
            .Where(r => SymbolEqualityComparer.Default.Equals(r.Type.ContainingAssembly, project.Compilation.Assembly))
            .SelectMany(r => FoldersOf(project, r.Type).Select(to => (From: project.TopFolder(project.SourceFiles.First(t => project.RelativePath(t) == r.File)), To: to, Reference: r)))
            .Where(e => e.From != e.To)];

    private static IEnumerable<string> FoldersOf(SourceProject project, INamedTypeSymbol type) =>
        type.Locations.Where(l => l.SourceTree is { } tree && project.IsSourceFile(tree)).Select(l => project.TopFolder(l.SourceTree!)).Distinct(StringComparer.Ordinal);

    /// <summary>The top-level types of <paramref name="project"/>'s files whose namespace <paramref name="fits"/> does not accept for the folder.</summary>
    private static IEnumerable<string> Misplaced(SourceProject project, Func<(string Namespace, bool IsPublic), string, bool> fits)
    {
        var rootNamespace = project.Compilation.AssemblyName!;
        foreach (var tree in project.SourceFiles)
        {
            var model = project.Compilation.GetSemanticModel(tree);
            var folder = project.FolderPath(tree);
            var folderNamespace = folder.Length == 0 ? rootNamespace : $"{rootNamespace}.{folder.Replace('/', '.')}";
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().Where(d => d.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax))
            {
                var type = model.GetDeclaredSymbol(declaration)!;
                var ns = type.ContainingNamespace.ToDisplayString();
                if (!fits((ns, type.DeclaredAccessibility == Accessibility.Public), folderNamespace))
                {
                    yield return $"{rootNamespace}/{project.RelativePath(tree)}: {type.Name} is in {ns}, expected {folderNamespace}";
                }
            }
        }
    }

    /// <summary>Whether code outside the engine may use <paramref name="symbol"/> without InternalsVisibleTo.</summary>
    private static bool IsPublicApi(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.NotApplicable or Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return symbol is not INamedTypeSymbol named || named.TypeArguments.All(a => a is not INamedTypeSymbol argument || argument.ContainingAssembly?.Name != symbol.ContainingAssembly?.Name || IsPublicApi(argument));
    }

    private static bool IsCompilerGenerated(Type type) => type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null;
}
