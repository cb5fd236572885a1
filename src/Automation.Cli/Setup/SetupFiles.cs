namespace Automation.Cli.Setup;

/// <summary>How setup writes a file: whole or not at all (a temporary file renamed over the target), never half-written.</summary>
internal static class SetupFiles
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> through a temporary file beside it; <paramref name="executable"/> sets the execute bits.</summary>
    public static async Task WriteAsync(AbsolutePath path, string content, bool executable)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(path.Parent!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, content).ConfigureAwait(false);
            if (executable && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(temporary) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
