using Automation.Processes;

namespace Automation.Testing;

/// <summary>How a recorded command reads as one line, and whether a script's text matches it.</summary>
internal static class CommandText
{
    private static readonly string[] WindowsExtensions = [".exe", ".cmd", ".bat"];

    public static string Of(string program, IEnumerable<string> arguments) => CommandLineText.Render(Name(program), arguments);

    /// <summary>The text matches a command that is exactly it, or starts with it followed by more arguments (whole words only).</summary>
    public static bool Matches(string script, string command) =>
        command.StartsWith(script, StringComparison.Ordinal) && (command.Length == script.Length || command[script.Length] == ' ');

    // A tool found on the PATH or in the SDK runs by its full path; a test writes what a person would type.
    private static string Name(string program)
    {
        var name = Path.GetFileName(program.TrimEnd('/', '\\'));
        var extension = Path.GetExtension(name);
        return WindowsExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? name[..^extension.Length] : name;
    }
}
