using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Automation.Launching;

/// <summary>Builds the <see cref="ProcessStartInfo"/> of a program from its <see cref="ProcessLaunchOptions"/>, and explains one that could not be started.</summary>
internal static class ProgramStart
{
    // The marker (ProcessMarker) joins the environment unless ReplaceEnvironment asks for exactly the given variables.
    public static ProcessStartInfo Create(string program, IEnumerable<string> arguments, ProcessLaunchOptions options, string? marker)
    {
        var redirect = !options.ShareConsole;
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory()),
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            RedirectStandardInput = options.RedirectStandardInput,
            StandardOutputEncoding = redirect ? Encoding.UTF8 : null,
            StandardErrorEncoding = redirect ? Encoding.UTF8 : null,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows() && options.VerbatimArguments is { } verbatim)
        {
            // cmd.exe reads its command line by its own rules: the argument list's quoting would change the script.
            info.Arguments = verbatim;
        }
        else
        {
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }
        }

        if (options.ReplaceEnvironment)
        {
            info.Environment.Clear();
        }

        foreach (var (name, value) in options.Environment ?? new Dictionary<string, string?>())
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

        if (marker is not null && !options.ReplaceEnvironment)
        {
            info.Environment[ProcessMarker.Variable] = ProcessMarker.Value(marker, info.Environment.TryGetValue(ProcessMarker.Variable, out var inherited) ? inherited : null);
        }

        info.FileName = Resolve(program, info.WorkingDirectory, info.Environment);
        return info;
    }

    /// <summary>
    /// Process.Start would resolve a relative path against this process's directory and a bare name on this process's
    /// PATH; a command, as in a shell, expects its own working directory and the PATH it is given (ctx.Cd, WithEnvironment).
    /// With this process's PATH, or a name not on the given PATH, the name is left as it is (so is argv[0]) for
    /// Process.Start's own search, then the not-found message.
    /// </summary>
    private static string Resolve(string program, string workingDirectory, IDictionary<string, string?> environment)
    {
        if (Path.IsPathRooted(program))
        {
            return program;
        }

        if (program.Contains('/', StringComparison.Ordinal) || (OperatingSystem.IsWindows() && program.Contains('\\', StringComparison.Ordinal)))
        {
            return Path.GetFullPath(program, workingDirectory);
        }

        if (OperatingSystem.IsWindows()
            || !environment.TryGetValue("PATH", out var path)
            || string.IsNullOrEmpty(path)
            || path == Environment.GetEnvironmentVariable("PATH"))
        {
            return program;
        }

        const UnixFileMode executable = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(Path.GetFullPath(directory, workingDirectory), program);
            if (File.Exists(candidate) && (File.GetUnixFileMode(candidate) & executable) != 0)
            {
                return candidate;
            }
        }

        return program;
    }

    /// <summary>Why <paramref name="program"/> could not be started, and what to do.</summary>
    public static string NotFoundMessage(string program, ProcessStartInfo info, bool replacedEnvironment, Win32Exception exception)
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
            ? "PATH is empty" + (replacedEnvironment ? " (the environment was replaced)" : string.Empty)
            : "searched PATH: " + string.Join(", ", searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return $"Could not start '{program}': it was not found ({searched}). Install it, add its folder to PATH, or give its full path.";
    }
}
