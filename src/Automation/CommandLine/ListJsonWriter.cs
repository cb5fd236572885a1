using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Automation.Parameters;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>
/// Writes <c>--list --json</c> for tools: the tree of <see cref="TargetTree"/> as nested objects, each namespace with
/// its default, targets and namespaces; each target with its full name (what to type), description, direct
/// dependencies and arguments.
/// </summary>
internal static class ListJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(TargetGraph graph, IReadOnlyList<ExecutableTarget> defaults)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("defaults");
            foreach (var target in defaults)
            {
                json.WriteStringValue(target.Name);
            }

            json.WriteEndArray();
            WriteChildren(json, TargetTree.Of(graph), graph);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteChildren(Utf8JsonWriter json, TargetTree node, TargetGraph graph)
    {
        json.WriteStartArray("targets");
        foreach (var child in node.Children.Where(c => c.Target is not null))
        {
            WriteTarget(json, child.Target!);
        }

        json.WriteEndArray();
        json.WriteStartArray("namespaces");
        foreach (var child in node.Children.Where(c => c.Target is null))
        {
            json.WriteStartObject();
            json.WriteString("name", child.Path);
            if (graph.NamespaceDefaults.TryGetValue(child.Path, out var namespaceDefault))
            {
                json.WriteString("default", namespaceDefault.Name);
            }
            else
            {
                json.WriteNull("default");
            }

            WriteChildren(json, child, graph);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter json, ExecutableTarget target)
    {
        json.WriteStartObject();
        json.WriteString("name", target.Name);
        json.WriteString("description", target.Description ?? string.Empty);
        json.WriteStartArray("dependencies");
        foreach (var dependency in target.ExecutionDependencies)
        {
            json.WriteStringValue(dependency.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("arguments");
        foreach (var argument in target.Definition.Arguments)
        {
            json.WriteStartObject();
            json.WriteString("name", argument.Name);
            json.WriteString("type", ValueConverter.DisplayType(argument.ValueType));
            json.WriteString("description", argument.Description);
            json.WriteBoolean("positional", argument.IsPositional);
            json.WriteBoolean("required", argument.IsRequired);
            json.WritePropertyName("default");
            WriteValue(json, argument.DefaultValue);
            if (TargetArgumentParser.ShortForm(target, argument) is { } letter)
            {
                json.WriteString("short", $"-{letter}");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case Array array:
                json.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
