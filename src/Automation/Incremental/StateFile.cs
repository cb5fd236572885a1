using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Automation.Incremental;

/// <summary>Reads and writes the JSON state files. A file is replaced atomically (written beside, then moved), so an
/// interrupted write never leaves half a file that could be read as a state.</summary>
internal static class StateFile
{
    /// <summary>The file's content, or null with why it could not be used (missing, unreadable, not this format).</summary>
    public static (T? Value, string? Problem) Read<T>(AbsolutePath path, JsonTypeInfo<T> type)
        where T : class
    {
        if (!path.FileExists())
        {
            return (null, "no state from an earlier run");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, type) is { } value ? (value, null) : (null, "its state file is empty");
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, $"its state file could not be read ({exception.GetType().Name})");
        }
    }

    public static void Write<T>(AbsolutePath path, T value, JsonTypeInfo<T> type)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, value, type);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void Delete(AbsolutePath path)
    {
        // File.Delete accepts a missing file, but not a missing directory.
        if (path.FileExists())
        {
            File.Delete(path);
        }
    }
}
