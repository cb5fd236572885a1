using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Automation.Processes;

/// <summary>Builds the <see cref="ProcessStartInfo"/> of a command, and explains a program that could not be started.</summary>
internal static class ProcessStart
{
    public static ProcessStartInfo Create(string program, IReadOnlyList<string> arguments, string workingDirectory, RunOptions options, CommandScope scope)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = options.StandardInput is not null || options.Responders.Count > 0,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (options.ReplaceEnvironment)
        {
            info.Environment.Clear();
        }
        else
        {
            Apply(info, scope.Environment);
        }

        Apply(info, options.Environment ?? new Dictionary<string, string?>());
        return info;
    }

    public static string NotFoundMessage(string program, ProcessStartInfo info, RunOptions options, Win32Exception exception)
    {
        if (Path.IsPathRooted(program) || program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(program, info.WorkingDirectory);
            return File.Exists(path)
                ? $"Could not start '{program}': {exception.Message}. Check that it is executable."
                : $"Could not start '{program}': there is no file at {path}.";
        }

        var searchPath = info.Environment.TryGetValue("PATH", out var value) ? value : null;
        var searched = string.IsNullOrEmpty(searchPath)
            ? "PATH is empty" + (options.ReplaceEnvironment ? " (the environment was replaced)" : string.Empty)
            : "searched PATH: " + string.Join(", ", searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return $"Could not start '{program}': it was not found ({searched}). Install it, add its folder to PATH, or give its full path.";
    }

    private static void Apply(ProcessStartInfo info, IReadOnlyDictionary<string, string?> variables)
    {
        foreach (var (name, value) in variables)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }
    }
}
