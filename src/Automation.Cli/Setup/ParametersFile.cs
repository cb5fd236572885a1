using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automation.Cli.Setup;

/// <summary>
/// <c>.nuke/parameters.json</c>, merged rather than replaced: every key the repository has (its <c>$schema</c>, values
/// a NUKE build kept there) stays, and setup only adds or replaces the <c>Solution</c> the build must use.
/// </summary>
internal static class ParametersFile
{
    /// <summary>The key the components' <c>--solution</c> parameter reads (its name; keys match case-insensitively).</summary>
    public const string SolutionKey = "Solution";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <paramref name="existing"/> (null: no file) with <c>Solution</c> set to <paramref name="solution"/> (relative to the
    /// root, forward slashes) when given; an existing key spelled differently (<c>solution</c>) is the one replaced.
    /// </summary>
    /// <exception cref="SetupException">The existing file is not a JSON object.</exception>
    public static string Merge(string? existing, string? solution)
    {
        var root = existing is null ? [] : Parse(existing);
        if (solution is not null)
        {
            var key = root.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, SolutionKey, StringComparison.OrdinalIgnoreCase)) ?? SolutionKey;
            root[key] = solution;
        }

        return root.Count == 0 ? "{}\n" : root.ToJsonString(Indented) + "\n";
    }

    /// <summary>Whether <see cref="Merge"/> changes <paramref name="existing"/> in content (formatting aside).</summary>
    public static bool Changes(string? existing, string? solution) =>
        existing is null || !JsonNode.DeepEquals(Parse(existing), JsonNode.Parse(Merge(existing, solution)));

    private static JsonObject Parse(string text)
    {
        const string Problem = ".nuke/parameters.json is not a JSON object: fix it (or remove it) and run automation :setup again.";
        try
        {
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            return JsonNode.Parse(text, documentOptions: options) as JsonObject ?? throw new SetupException(Problem);
        }
        catch (JsonException exception)
        {
            throw new SetupException(Problem, exception);
        }
    }
}
