using System.Text.Json.Serialization;

namespace Automation.Locking;

/// <summary>Source-generated (reflection-free) JSON for <c>.nuke/temp/build.lock.json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(LockHolder))]
internal sealed partial class LockJsonContext : JsonSerializerContext;
