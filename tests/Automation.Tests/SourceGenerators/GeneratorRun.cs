using System.Collections.Immutable;
using System.Text;
using Automation.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Automation.Tests.SourceGenerators;

/// <summary>
/// The solution generator run by Roslyn's <see cref="CSharpGeneratorDriver"/> on a build's source, with additional
/// files and the root directory as MSBuild would hand them to the compiler (the package's targets): no process, no disk.
/// </summary>
internal sealed class GeneratorRun
{
    private static readonly CSharpParseOptions Parsing = new(LanguageVersion.Latest);

    private GeneratorRun(CSharpCompilation output, GeneratorDriverRunResult result)
    {
        Output = output;
        Result = result;
    }

    /// <summary>The build's compilation with the generated sources added.</summary>
    public CSharpCompilation Output { get; }

    /// <summary>The driver's result: generated sources and the generator's diagnostics.</summary>
    public GeneratorDriverRunResult Result { get; }

    /// <summary>The one generated source file's text.</summary>
    public string Generated => Xunit.Assert.Single(Result.Results.Single().GeneratedSources).SourceText.ToString();

    /// <summary>The generator's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The errors of the build compiled with the generated sources.</summary>
    public IReadOnlyList<string> CompileErrors =>
        [.. Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];

    /// <summary>Runs the generator on <paramref name="buildSource"/> with <paramref name="files"/> (full path → text) as additional files.</summary>
    public static GeneratorRun Of(string buildSource, string? root, params (string Path, string Text)[] files)
    {
        var compilation = CSharpCompilation.Create(
            "PortedBuild",
            [CSharpSyntaxTree.ParseText(buildSource, Parsing, path: "/repo/build/Build.cs", encoding: Encoding.UTF8)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SolutionGenerator().AsSourceGenerator()],
            [.. files.Select(f => (AdditionalText)new InMemoryFile(f.Path, f.Text))],
            Parsing,
            new RootOptions(root));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun((CSharpCompilation)output, driver.GetRunResult());
    }

    private static IEnumerable<MetadataReference> References() =>
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(AutomationBuild).Assembly.Location),
    ];

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    // build_property.AutomationRootDirectory, as <CompilerVisibleProperty Include="AutomationRootDirectory" /> passes it.
    private sealed class RootOptions(string? root) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(root);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? root) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.AutomationRootDirectory" ? root : null;
                return value is not null;
            }
        }
    }
}
