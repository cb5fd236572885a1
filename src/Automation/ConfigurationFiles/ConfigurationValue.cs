using System.Text.Json.Nodes;

namespace Automation;

/// <summary>One effective value of a layered configuration: a leaf (a string, number, boolean, null or a whole
/// array), the path of keys leading to it, and the layer that set it.</summary>
/// <param name="Path">The keys from the top, joined with <c>:</c> (<c>deploy:Hosts</c>).</param>
/// <param name="Value">The value (arrays are one value: a later layer replaces them whole).</param>
/// <param name="Origin">The layer that set it.</param>
public sealed record ConfigurationValue(string Path, JsonNode? Value, ConfigurationOrigin Origin);
