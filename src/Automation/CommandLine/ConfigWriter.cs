using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automation.CommandLine;

/// <summary>
/// <c>--show-config</c> (and <c>automation :config</c>): the file layers looked for, then every effective value with
/// where it came from, like <c>git config --show-origin</c>; <c>--json</c> prints the same as one JSON object.
/// </summary>
internal static class ConfigWriter
{
    public static void Write(Action<string> print, ConfigReport report, bool json)
    {
        if (json)
        {
            print(Json(report));
            return;
        }

        print("Configuration layers, lowest first (then the environment, then the command line):");
        var layerWidth = report.Layers.Max(l => l.Layer.Length);
        foreach (var layer in report.Layers)
        {
            print($"  {layer.Layer.PadRight(layerWidth)}  {layer.Display}{(layer.Exists ? string.Empty : " (not found)")}");
        }

        print(string.Empty);
        var originWidth = report.Entries.Select(e => e.Origin.Length).DefaultIfEmpty(0).Max();
        foreach (var entry in report.Entries)
        {
            print($"{entry.Origin.PadRight(originWidth)}  {entry.Key}={entry.Value}");
        }
    }

    private static string Json(ConfigReport report)
    {
        var root = new JsonObject
        {
            ["layers"] = new JsonArray([.. report.Layers.Select(l => new JsonObject { ["layer"] = l.Layer, ["file"] = l.Display, ["exists"] = l.Exists })]),
            ["values"] = new JsonArray([.. report.Entries.Select(e => new JsonObject { ["kind"] = e.Kind, ["key"] = e.Key, ["value"] = e.Value, ["origin"] = e.Origin })]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
