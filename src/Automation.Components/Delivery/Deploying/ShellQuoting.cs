namespace Automation.Components;

/// <summary>Quotes words for a POSIX shell, the language of every command run on a host.</summary>
internal static class ShellQuoting
{
    /// <summary><paramref name="word"/> in single quotes, with its own single quotes escaped.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
