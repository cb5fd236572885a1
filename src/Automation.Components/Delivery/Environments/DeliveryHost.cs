namespace Automation.Components;

/// <summary>
/// One host of an environment: a local directory, or a directory on an SSH server (<c>ssh://user@host:port/path</c>).
/// The deploy root holds <c>versions/&lt;version&gt;/</c> and the <c>live</c> symlink.
/// </summary>
public sealed record DeliveryHost
{
    private DeliveryHost(string text, string root, string? user, string? server, int port)
    {
        Text = text;
        Root = root;
        User = user;
        Server = server;
        Port = port;
    }

    /// <summary>The host as written in the environment.</summary>
    public string Text { get; }

    /// <summary>The deploy root: an absolute path on the host.</summary>
    public string Root { get; }

    /// <summary>The SSH user, for remote hosts.</summary>
    public string? User { get; }

    /// <summary>The SSH server, or null for a local directory.</summary>
    public string? Server { get; }

    /// <summary>The SSH port (22 unless given).</summary>
    public int Port { get; }

    /// <summary>Whether the host is reached over SSH.</summary>
    public bool IsRemote => Server is not null;

    /// <summary>
    /// Reads <paramref name="text"/>: <c>ssh://user@host[:port]/absolute/path</c>, or a directory (relative ones
    /// against <paramref name="repositoryRoot"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An <c>ssh://</c> address without a user or a path; the message says what is missing.</exception>
    public static DeliveryHost Parse(string text, string repositoryRoot)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase))
        {
            return new DeliveryHost(text, Path.GetFullPath(text, repositoryRoot), null, null, 0);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0 || uri.AbsolutePath.Length <= 1)
        {
            throw new ArgumentException($"The host '{text}' is not a complete SSH address: write ssh://user@host:port/absolute/path (the port may be left out).", nameof(text));
        }

        return new DeliveryHost(text, Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/'), Uri.UnescapeDataString(uri.UserInfo), uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 22 : uri.Port);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
