using System.Globalization;

namespace Automation.Launching;

/// <summary>The process table from <c>/proc/&lt;pid&gt;/stat</c> and <c>/proc/&lt;pid&gt;/environ</c>.</summary>
internal static class LinuxProcessTable
{
    // In /proc/<pid>/stat, after the command name in parentheses: state, ppid, ... and starttime, field 22 of the line.
    private const int ParentField = 1;
    private const int StartTimeField = 19;

    public static IReadOnlyList<ProcessEntry> Read()
    {
        var entries = new List<ProcessEntry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Find(pid) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    public static ProcessEntry? Find(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name may hold spaces and parentheses: the fields start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > StartTimeField
            && int.TryParse(fields[ParentField], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            && long.TryParse(fields[StartTimeField], NumberStyles.None, CultureInfo.InvariantCulture, out var started)
                ? new ProcessEntry(pid, parent, started, fields[0] is "Z" or "X")
                : null;
    }

    /// <summary>The value of <paramref name="name"/> in the environment <paramref name="pid"/> started with; null when unset or unreadable (a zombie has none).</summary>
    public static string? Variable(int pid, string name)
    {
        byte[] environment;
        try
        {
            environment = File.ReadAllBytes($"/proc/{pid}/environ");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var prefix = System.Text.Encoding.UTF8.GetBytes(name + "=");
        foreach (var range in environment.AsSpan().Split((byte)0))
        {
            var entry = environment.AsSpan(range);
            if (entry.StartsWith(prefix))
            {
                return System.Text.Encoding.UTF8.GetString(entry[prefix.Length..]);
            }
        }

        return null;
    }

    public static bool Carries(int pid, ReadOnlySpan<byte> needle)
    {
        try
        {
            return File.ReadAllBytes($"/proc/{pid}/environ").AsSpan().IndexOf(needle) >= 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
