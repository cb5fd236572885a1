using System.Globalization;

namespace Automation.Execution;

/// <summary>
/// The summary's note for a failed target: the first line of the failure, except for a command that printed an error
/// in MSBuild's format (the compiler, NuGet, MSBuild, dotnet format), whose first error says more than its command line:
/// <c>src/A.cs(3,5): error CS0103: The name 'x' does not exist in the current context</c>.
/// </summary>
internal static class FailureNote
{
    private const int MaxLength = 100;

    /// <summary>The note for <paramref name="cause"/>, whose message is already masked as <paramref name="message"/>.</summary>
    public static string Of(Exception cause, string message, AbsolutePath root, Func<string, string> mask)
    {
        var note = cause is ProcessFailedException failed && FirstError(failed.Result, root) is { } error
            ? mask(error)
            : message.Split('\n', 2)[0].TrimEnd('\r');
        return note.Length <= MaxLength ? note : note[..(MaxLength - 3)] + "...";
    }

    private static string? FirstError(CommandResult result, AbsolutePath root)
    {
        if (result.Diagnostics.FirstOrDefault(diagnostic => diagnostic.IsError) is not { } error)
        {
            return null;
        }

        var position = error.Line is { } line
            ? error.Column is { } column ? string.Create(CultureInfo.InvariantCulture, $"({line},{column})") : string.Create(CultureInfo.InvariantCulture, $"({line})")
            : string.Empty;
        return error.File is { } file
            ? $"{Relative(file, root)}{position}: error {error.Code}: {error.Message}"
            : $"error {error.Code}: {error.Message}";
    }

    private static string Relative(string file, AbsolutePath root)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        var path = AbsolutePath.Create(file);
        return path.IsWithin(root) ? path.RelativeTo(root) : file;
    }
}
