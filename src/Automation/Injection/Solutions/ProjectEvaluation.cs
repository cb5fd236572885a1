using System.Collections.Concurrent;
using System.Text.Json;
using Automation.Tools.Resolution;

namespace Automation.Injection.Solutions;

/// <summary>
/// Asks MSBuild for a project's properties and items (<c>dotnet msbuild -getProperty:X -getItem:Y</c>), the one place
/// the solution model starts a process. The first question about a project fetches the common properties with it, so
/// a build that reads a few facts of a project starts one process; every answer is cached for the run.
/// </summary>
/// <param name="environment">The build's environment variables: the <c>dotnet</c> that answers is the build's (<see cref="DotNetHost"/>).</param>
internal sealed class ProjectEvaluation(IReadOnlyDictionary<string, string> environment)
{
    private static readonly string[] CommonProperties =
        ["TargetFramework", "TargetFrameworks", "OutputType", "AssemblyName", "RootNamespace", "Version", "PackageId", "IsPackable", "IsTestProject"];

    private readonly ConcurrentDictionary<(string Project, string Name), string?> _properties = new();
    private readonly ConcurrentDictionary<(string Project, string Type), IReadOnlyCollection<string>> _items = new();
    private readonly Lazy<string> _dotnet = new(() => DotNetHost.Find(environment));

    public string? Property(AbsolutePath project, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_properties.TryGetValue((project, name), out var cached))
        {
            return cached;
        }

        var asked = CommonProperties.Append(name).Where(p => !_properties.ContainsKey((project, p))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        using var json = Evaluate(project, asked.Select(p => "-getProperty:" + p));
        var properties = json.RootElement.GetProperty("Properties");
        foreach (var property in asked)
        {
            var value = properties.TryGetProperty(property, out var element) ? element.GetString() : null;
            _properties[(project, property)] = string.IsNullOrEmpty(value) ? null : value;
        }

        return _properties[(project, name)];
    }

    public IReadOnlyCollection<string> Items(AbsolutePath project, string itemType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemType);
        return _items.GetOrAdd((project, itemType), key =>
        {
            // Two questions, so MSBuild answers in JSON even for one item type.
            using var json = Evaluate(project, ["-getItem:" + itemType, "-getProperty:MSBuildProjectName"]);
            return json.RootElement.TryGetProperty("Items", out var items) && items.TryGetProperty(itemType, out var list)
                ? list.EnumerateArray().Select(item => item.GetProperty("Identity").GetString() ?? string.Empty).ToList()
                : [];
        });
    }

    private JsonDocument Evaluate(AbsolutePath project, IEnumerable<string> questions)
    {
        var options = new ProcessLaunchOptions
        {
            WorkingDirectory = project.Parent!,
            // The build's own MSBuild server or node reuse would keep processes alive after the run.
            Environment = new Dictionary<string, string?> { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            OutputLimit = null,
        };
        var outcome = Core.SynchronousWait.For(
            ProcessLauncher.RunAsync(_dotnet.Value, ["msbuild", project, "-nologo", .. questions], options),
            "NUKE's solution model is synchronous (Project.GetProperty)");
        var output = outcome.StandardOutput;
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"MSBuild could not evaluate '{project}' (exit code {outcome.ExitCode}): {(output + outcome.StandardError).Trim()}");
        }

        try
        {
            return JsonDocument.Parse(output);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"MSBuild's answer for '{project}' is not JSON: {output.Trim()}", exception);
        }
    }
}
