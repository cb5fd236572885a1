namespace Automation.Components;

/// <summary>
/// The private key that <c>ssh</c> reads: the file named by the key parameter, or the key text itself written to a
/// file only the user can read in the build's temporary folder, deleted when disposed.
/// </summary>
internal sealed class SshKeyFile : IDisposable
{
    private readonly bool _owned;

    private SshKeyFile(string path, string knownHosts, bool owned)
    {
        Path = path;
        KnownHosts = knownHosts;
        _owned = owned;
    }

    public string Path { get; }

    public string KnownHosts { get; }

    /// <summary>The key of <paramref name="value"/> (a file path or the key's text), or null when none is given.</summary>
    public static SshKeyFile? From(string? value, AbsolutePath temporaryDirectory)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var folder = temporaryDirectory / "ssh";
        Directory.CreateDirectory(folder);
        var knownHosts = folder / "known_hosts";
        if (!value.Contains("PRIVATE KEY", StringComparison.Ordinal) && File.Exists(value))
        {
            return new SshKeyFile(System.IO.Path.GetFullPath(value), knownHosts, owned: false);
        }

        var file = folder / $"key-{Guid.NewGuid():N}";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // ssh refuses a key that others can read.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(file, System.Text.Encoding.ASCII, options))
        {
            writer.Write(value.ReplaceLineEndings("\n").TrimEnd() + "\n");
        }

        return new SshKeyFile(file, knownHosts, owned: true);
    }

    public void Dispose()
    {
        if (_owned)
        {
            File.Delete(Path);
        }
    }
}
