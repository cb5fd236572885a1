using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automation.Core;

namespace Automation.ConfigurationFiles;

/// <summary>
/// One configuration layer's file, parsed: its object (keys compared ignoring case) and the line of every key, so an
/// error about a value names the file and the line it is on.
/// </summary>
internal sealed class ConfigurationFile
{
    /// <summary>The largest file read: a few hundred values fit in a few KB, so a bigger file is not one written by hand
    /// (a generated or pasted file) and is refused before it is parsed.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, int> _lines;

    private ConfigurationFile(string displayName, JsonObject root, Dictionary<string, int> lines)
    {
        DisplayName = displayName;
        Root = root;
        _lines = lines;
    }

    /// <summary>The file as messages name it: relative to the repository root inside it, else its full path.</summary>
    public string DisplayName { get; }

    /// <summary>The file's object.</summary>
    public JsonObject Root { get; }

    /// <summary>The line (1-based) of the key at <paramref name="path"/> (keys joined with <c>:</c>), if it is in the file.</summary>
    public int? LineOf(string path) => _lines.TryGetValue(path, out var line) ? line : null;

    /// <exception cref="UsageException">The file is too big, is not JSON, or is not a JSON object.</exception>
    public static ConfigurationFile Load(string path, string displayName)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            throw new UsageException(
                $"{displayName} is {size / 1024} KB, more than a configuration file may be ({MaxBytes / 1024} KB): it holds parameter values and settings, a few lines each. " +
                "Check that it is the right file, and move anything that is not a setting elsewhere.");
        }

        var bytes = File.ReadAllBytes(path);
        JsonNode? node;
        Dictionary<string, int> lines;
        try
        {
            node = JsonNode.Parse(bytes, NodeOptions, DocumentOptions);
            lines = KeyLines(bytes);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber + 1)?.ToString(CultureInfo.InvariantCulture) ?? "?";
            throw new UsageException($"{displayName} is not valid JSON (line {line}): {FirstSentence(exception.Message)} Fix the file or remove it.");
        }

        return node is JsonObject root
            ? new ConfigurationFile(displayName, root, lines)
            : throw new UsageException($"{displayName} must contain a JSON object of parameter values and sections, like {{ \"Configuration\": \"Release\" }}.");
    }

    /// <summary>The line of each key, by its path. System.Text.Json's nodes keep no positions, so a reader walks the
    /// text once and counts the line breaks before each property name.</summary>
    private static Dictionary<string, int> KeyLines(byte[] bytes)
    {
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        // Each open container: the path of the object, or null inside an array (its items have no key of their own:
        // an error in one names the array's key).
        var containers = new Stack<string?>();
        string? pendingKey = null;
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var start = (int)reader.TokenStartIndex;
                    line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                    counted = start;
                    var parent = containers.Peek();
                    pendingKey = parent is null ? null : parent.Length == 0 ? reader.GetString()! : parent + JsonLayers.PathSeparator + reader.GetString();
                    if (pendingKey is not null)
                    {
                        lines.TryAdd(pendingKey, line);
                    }

                    break;
                case JsonTokenType.StartObject:
                    containers.Push(containers.Count == 0 ? string.Empty : pendingKey);
                    pendingKey = null;
                    break;
                case JsonTokenType.StartArray:
                    containers.Push(null);
                    pendingKey = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    pendingKey = null;
                    break;
            }
        }

        return lines;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
