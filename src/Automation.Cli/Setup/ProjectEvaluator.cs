using System.Text.Json;

namespace Automation.Cli.Setup;

/// <summary>
/// Asks MSBuild (<c>dotnet msbuild -getProperty -getItem</c>: evaluation only, no restore, no build) what each project
/// is, a few at a time, so properties set by a Directory.Build.props or an SDK count as much as the project file's own.
/// </summary>
internal sealed class ProjectEvaluator(RunProcess run)
{
    private static readonly string[] Properties = ["IsTestProject", "IsPackable", "OutputType", "PackAsTool", "TargetFramework", "TargetFrameworks", "UsingMSTestSdk"];

    /// <summary>Evaluates <paramref name="projects"/>, at most one per processor at once, and returns their facts in the same order.</summary>
    /// <exception cref="SetupException">A project does not evaluate: the message names it and gives MSBuild's first error.</exception>
    public async Task<IReadOnlyList<ProjectFacts>> EvaluateAsync(IReadOnlyList<AbsolutePath> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        using var slots = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        var evaluations = projects.Select(async project =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                return await EvaluateAsync(project).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        });
        return await Task.WhenAll(evaluations).ConfigureAwait(false);
    }

    /// <summary>The facts from <c>dotnet msbuild</c>'s JSON answer for <paramref name="project"/> (whose text is read for an MSTest.Sdk reference).</summary>
    /// <exception cref="SetupException">The answer is not the expected JSON.</exception>
    public static ProjectFacts Parse(AbsolutePath project, string json, string? projectText)
    {
        ArgumentNullException.ThrowIfNull(project);
        JsonDocument document;
        try
        {
            // Only the JSON object: a warning line MSBuild may print around it is not part of the answer.
            var start = json.IndexOf('{', StringComparison.Ordinal);
            var end = json.LastIndexOf('}');
            document = JsonDocument.Parse(start >= 0 && end > start ? json[start..(end + 1)] : json);
        }
        catch (JsonException exception)
        {
            throw new SetupException($"dotnet msbuild gave no readable answer for {project}: {json.Trim()}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            string Property(string name) =>
                root.TryGetProperty("Properties", out var properties) && properties.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
            var packages = root.TryGetProperty("Items", out var items) && items.TryGetProperty("PackageReference", out var references)
                ? references.EnumerateArray().Select(r => r.GetProperty("Identity").GetString() ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : [];

            // Test SDK properties only exist after restore, so the package reference counts as much as IsTestProject.
            var isTest = IsTrue(Property("IsTestProject"))
                || packages.Contains("Microsoft.NET.Test.Sdk")
                || IsTrue(Property("UsingMSTestSdk"))
                || (projectText?.Contains("MSTest.Sdk", StringComparison.OrdinalIgnoreCase) ?? false);
            var outputType = Property("OutputType");
            var packedWithSolution = !string.Equals(Property("IsPackable"), "false", StringComparison.OrdinalIgnoreCase) && !isTest;
            var isPackable = packedWithSolution
                && (string.Equals(outputType, "Library", StringComparison.OrdinalIgnoreCase) || outputType.Length == 0 || IsTrue(Property("PackAsTool")));
            var frameworks = (Property("TargetFrameworks") is { Length: > 0 } several ? several : Property("TargetFramework"))
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new ProjectFacts(project, isTest, isPackable, frameworks, packages.Contains("coverlet.collector"), packedWithSolution);
        }
    }

    private async Task<ProjectFacts> EvaluateAsync(AbsolutePath project)
    {
        string[] arguments = ["msbuild", project, "-nologo", .. Properties.Select(p => $"-getProperty:{p}"), "-getItem:PackageReference"];
        var result = await run("dotnet", arguments, project.Parent!).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new SetupException($"MSBuild cannot evaluate {project}: {result.FirstError()}\nFix the project (dotnet msbuild {project} -getProperty:OutputType shows the same) and run automation :setup again.");
        }

        var text = project.FileExists() ? await File.ReadAllTextAsync(project).ConfigureAwait(false) : null;
        return Parse(project, result.Output, text);
    }

    private static bool IsTrue(string value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
