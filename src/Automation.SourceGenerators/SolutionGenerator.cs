using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Automation.SourceGenerators;

/// <summary>
/// NUKE's strongly typed solution: for <c>[Solution(GenerateProjects = true)] readonly Solution Solution;</c> it
/// generates a type <c>Solution</c> in the build's namespace with a member per project and solution folder
/// (<c>Solution.MyApp</c>, <c>Solution.src.MyApp.Directory</c>), read from the solution file at compile time. The
/// solution file is found as the attribute finds it at run time (see <see cref="SolutionLocator"/>) among the
/// compiler's additional files; when none is found, a compile error says which and how to name one.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SolutionGenerator : IIncrementalGenerator
{
    private const string AttributeName = "Automation.SolutionAttribute";

    private static readonly DiagnosticDescriptor NoSolution = new(
        "AUTOMATION001",
        "No solution file for generated projects",
        "No solution file for '{0}' ([Solution(GenerateProjects = true)]): {1}",
        "Automation",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor BadSolution = new(
        "AUTOMATION002",
        "Solution file cannot be read",
        "Cannot read solution '{0}' for '{1}' ([Solution(GenerateProjects = true)]): {2}",
        "Automation",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var requests = context.SyntaxProvider.ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is VariableDeclaratorSyntax or PropertyDeclarationSyntax,
                static (syntax, _) => ToRequest(syntax))
            .Where(static request => request is not null)
            .Select(static (request, _) => request!);

        var files = context.AdditionalTextsProvider
            .Where(static file => SolutionLocator.IsSolution(file.Path) || SolutionLocator.IsParametersFile(file.Path))
            .Select(static (file, cancellation) => new InputFile(SolutionLocator.Normalize(file.Path), file.GetText(cancellation)?.ToString()))
            .Collect();

        var root = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.AutomationRootDirectory", out var value) && !string.IsNullOrWhiteSpace(value) ? value : null);

        context.RegisterSourceOutput(requests.Combine(files.Combine(root)), static (output, input) => Generate(output, input.Left, input.Right.Left, input.Right.Right));
    }

    private static SolutionRequest? ToRequest(GeneratorAttributeSyntaxContext syntax)
    {
        var attribute = syntax.Attributes.FirstOrDefault();
        var generate = attribute?.NamedArguments.FirstOrDefault(a => a.Key == "GenerateProjects").Value.Value as bool? ?? false;
        if (attribute is null || !generate || syntax.TargetSymbol is not (IFieldSymbol or IPropertySymbol))
        {
            return null;
        }

        var member = syntax.TargetSymbol;
        var relativePath = attribute.ConstructorArguments.FirstOrDefault().Value as string;
        var containingNamespace = member.ContainingType?.ContainingNamespace;
        var location = syntax.TargetNode.GetLocation();
        return new SolutionRequest(
            containingNamespace is null || containingNamespace.IsGlobalNamespace ? null : containingNamespace.ToDisplayString(),
            member.Name,
            string.IsNullOrWhiteSpace(relativePath) ? null : relativePath,
            MemberNames(syntax.SemanticModel.Compilation, "Automation.Solution"),
            MemberNames(syntax.SemanticModel.Compilation, "Automation.SolutionFolder"),
            location.SourceTree?.FilePath ?? string.Empty,
            location.SourceSpan,
            location.GetLineSpan().Span);
    }

    // Every member name of the type and its bases: a generated member by such a name would hide it.
    private static EquatableArray<string> MemberNames(Compilation compilation, string typeName)
    {
        var names = new List<string>();
        for (var type = compilation.GetTypeByMetadataName(typeName); type is not null; type = type.BaseType)
        {
            names.AddRange(type.MemberNames);
        }

        return new EquatableArray<string>(names.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray());
    }

    private static void Generate(SourceProductionContext output, SolutionRequest request, ImmutableArray<InputFile> files, string? root)
    {
        var solutionFile = SolutionLocator.Find(request, root, files, out var problem);
        if (solutionFile is null)
        {
            output.ReportDiagnostic(Diagnostic.Create(NoSolution, request.Location, request.MemberName, problem));
            return;
        }

        SolutionNode solution;
        try
        {
            solution = SolutionFileReader.Read(solutionFile.Path, solutionFile.Text ?? throw new FormatException("it could not be read"));
        }
        catch (FormatException exception)
        {
            output.ReportDiagnostic(Diagnostic.Create(BadSolution, request.Location, solutionFile.Path, request.MemberName, exception.Message));
            return;
        }

        var hint = (request.Namespace is null ? string.Empty : request.Namespace + ".") + request.MemberName + ".Solution.g.cs";
        output.AddSource(hint, SolutionSourceWriter.Write(request, solution, solutionFile.Path));
    }
}
