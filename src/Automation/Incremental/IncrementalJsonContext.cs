using System.Text.Json.Serialization;

namespace Automation.Incremental;

/// <summary>Source-generated (reflection-free) JSON for the state files in <c>.nuke/temp</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(TargetState))]
[JsonSerializable(typeof(LastRun))]
internal sealed partial class IncrementalJsonContext : JsonSerializerContext;
