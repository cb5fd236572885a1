using Automation.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Automation.Tests.Architecture;

/// <summary>
/// A project of <c>src/</c> compiled from its source files with Roslyn as the SDK compiles it (C# latest, nullable,
/// implicit usings, the runtime's source generators), so that every name in it, in signatures and in method bodies,
/// binds to the type it means, and every type is known with the folder of the file that declares it.
/// </summary>
public sealed class SourceProject
{
    private static readonly CSharpParseOptions Parsing = new(LanguageVersion.Latest);

    private SourceProject(string directory, CSharpCompilation compilation)
    {
        Directory = directory;
        Compilation = compilation;
    }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>The project's sources and generated sources, compiled.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The project's own source files (not generated ones).</summary>
    public IEnumerable<SyntaxTree> SourceFiles => Compilation.SyntaxTrees.Where(IsSourceFile);

    /// <summary>
    /// Compiles the sources of <paramref name="built"/>, in <c>src/</c> under its name, against .NET 10 and the
    /// assemblies it references that are not part of .NET itself.
    /// </summary>
    public static SourceProject Load(System.Reflection.Assembly built)
    {
        ArgumentNullException.ThrowIfNull(built);
        var name = built.GetName().Name!;
        var directory = Path.Combine(DocumentationFiles.Root, "src", name);
        var sources = System.IO.Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(directory, path)))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), Parsing, path));
        var compilation = CSharpCompilation.Create(
            name,
            [.. sources, CSharpSyntaxTree.ParseText(CodeBlockCompiler.ImplicitUsings, Parsing)],
            [.. Basic.Reference.Assemblies.Net100.References.All, .. AssembliesOf(built).Where(a => a != built).Select(a => MetadataReference.CreateFromFile(a.Location))],
            // Unsafe code allowed as the engine's project allows it (for its P/Invoke declarations); the others have none.
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        CSharpGeneratorDriver.Create(Generators()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return new SourceProject(directory, (CSharpCompilation)generated);
    }

    /// <summary>The compiler's errors: none, or the analysis would miss what the unbound code refers to.</summary>
    public IReadOnlyList<string> Errors() =>
        [.. Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];

    /// <summary>Whether <paramref name="tree"/> is one of the project's files rather than a generated one.</summary>
    public bool IsSourceFile(SyntaxTree tree) =>
        tree.FilePath.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path of a source file relative to the project, with forward slashes.</summary>
    public string RelativePath(SyntaxTree tree) => Path.GetRelativePath(Directory, tree.FilePath).Replace('\\', '/');

    /// <summary>The folder path of a source file relative to the project (empty at the project's top).</summary>
    public string FolderPath(SyntaxTree tree) => Path.GetDirectoryName(RelativePath(tree))!.Replace('\\', '/');

    /// <summary>The top-level folder a source file sits in (empty at the project's top): the unit of layering.</summary>
    public string TopFolder(SyntaxTree tree) => FolderPath(tree).Split('/')[0];

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";

    /// <summary><paramref name="built"/> and, transitively, the assemblies it uses from outside .NET itself (YamlDotNet, Octokit, ...).</summary>
    private static IEnumerable<System.Reflection.Assembly> AssembliesOf(System.Reflection.Assembly built)
    {
        var runtime = Path.GetFullPath(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());
        var found = new Dictionary<string, System.Reflection.Assembly>(StringComparer.Ordinal);
        var pending = new Stack<System.Reflection.Assembly>([built]);
        while (pending.TryPop(out var assembly))
        {
            if (assembly.Location.StartsWith(runtime, StringComparison.Ordinal) || !found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                pending.Push(System.Reflection.Assembly.Load(name));
            }
        }

        return found.Values;
    }

    /// <summary>
    /// The source generators the SDK runs for every project (regular expressions, JSON contexts), from the reference
    /// pack beside the running runtime: without them, members they generate would not bind.
    /// </summary>
    private static IEnumerable<ISourceGenerator> Generators()
    {
        var runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var packs = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var pack = System.IO.Directory.Exists(packs)
            ? System.IO.Directory.GetDirectories(packs).Where(d => Path.GetFileName(d).StartsWith("10.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        var analyzers = pack is null ? null : Path.Combine(pack, "analyzers", "dotnet", "cs");
        if (analyzers is null || !System.IO.Directory.Exists(analyzers))
        {
            throw new InvalidOperationException($"No .NET 10 reference pack with source generators under {packs}: the architecture test compiles the sources as the SDK does and needs the SDK beside the runtime.");
        }

        return System.IO.Directory.GetFiles(analyzers, "*.dll")
            .Select(path => new AnalyzerFileReference(path, GeneratorLoader.Instance))
            .SelectMany(reference => reference.GetGenerators(LanguageNames.CSharp));
    }

    private sealed class GeneratorLoader : IAnalyzerAssemblyLoader
    {
        public static GeneratorLoader Instance { get; } = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
