using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automation.Cli.Setup;

/// <summary><c>.config/dotnet-tools.json</c> with ReportGenerator, which the coverage target runs as a local tool.</summary>
internal static class ToolManifest
{
    /// <summary>The ReportGenerator package.</summary>
    public const string ReportGenerator = "dotnet-reportgenerator-globaltool";

    /// <summary>The ReportGenerator version written into the manifest.</summary>
    public const string ReportGeneratorVersion = "5.6.0";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Whether the manifest text (or null: no manifest) already lists ReportGenerator.</summary>
    public static bool HasReportGenerator(string? manifest) =>
        manifest is not null && Parse(manifest)["tools"] is JsonObject tools && tools.ContainsKey(ReportGenerator);

    /// <summary>The manifest (a new one when <paramref name="manifest"/> is null) with ReportGenerator added; other tools are kept.</summary>
    public static string WithReportGenerator(string? manifest)
    {
        var root = manifest is null ? new JsonObject { ["version"] = 1, ["isRoot"] = true } : Parse(manifest);
        if (root["tools"] is not JsonObject tools)
        {
            tools = [];
            root["tools"] = tools;
        }

        tools[ReportGenerator] = new JsonObject
        {
            ["version"] = ReportGeneratorVersion,
            ["commands"] = new JsonArray("reportgenerator"),
            ["rollForward"] = false,
        };
        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Parse(string manifest)
    {
        const string Problem = ".config/dotnet-tools.json is not a JSON object: fix it, or remove it and run automation :setup again.";
        try
        {
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            return JsonNode.Parse(manifest, documentOptions: options) as JsonObject ?? throw new SetupException(Problem);
        }
        catch (JsonException exception)
        {
            throw new SetupException(Problem, exception);
        }
    }
}
