using System.Globalization;

namespace Automation.IntegrationTests.Support;

/// <summary>Linux process inspection through <c>/proc</c>: a process's children and whether one still runs.</summary>
public static class ProcessTree
{
    /// <summary>The direct children of a process (all its threads'), from <c>/proc/&lt;pid&gt;/task/*/children</c>.</summary>
    public static IReadOnlyList<int> Children(int pid)
    {
        try
        {
            return Directory.EnumerateDirectories($"/proc/{pid}/task")
                .SelectMany(task => ReadOrEmpty(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(id => int.Parse(id, CultureInfo.InvariantCulture))
                .Distinct()
                .ToList();
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    /// <summary>The command line of a live process (arguments joined by spaces); empty when it is gone or a zombie.</summary>
    public static string CommandLine(int pid) => ReadOrEmpty($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();

    public static bool IsRunning(int pid, string commandLine) => CommandLine(pid) == commandLine;

    /// <summary>Polls until <paramref name="parent"/> has a child running <paramref name="commandLine"/>.</summary>
    public static async Task<int> WaitForChildAsync(int parent, string commandLine, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Children(parent).FirstOrDefault(c => IsRunning(c, commandLine)) is var child and > 0)
            {
                return child;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Process {parent} had no child '{commandLine}' within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <summary>Polls until the process no longer runs <paramref name="commandLine"/>; false if it still does after the timeout.</summary>
    public static async Task<bool> WaitUntilGoneAsync(int pid, string commandLine, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsRunning(pid, commandLine))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return true;
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
