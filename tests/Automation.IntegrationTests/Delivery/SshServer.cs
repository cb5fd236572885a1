using System.Diagnostics;
using System.Net.Sockets;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Delivery;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 for one test: its own host key, a client key generated for the run, and the
/// current user as the only one who may log in (with that key). Sessions get this process's PATH, so the deployed
/// hook finds dotnet.
/// </summary>
internal sealed class SshServer : IDisposable
{
    public const string Daemon = "/usr/sbin/sshd";

    private readonly TempDirectory _directory = new("sshd");
    private readonly Process _process;

    private SshServer(Process process, int port, string clientKey)
    {
        _process = process;
        Port = port;
        ClientKey = clientKey;
    }

    public int Port { get; }

    /// <summary>The client's private key file.</summary>
    public string ClientKey { get; }

    public static string User => Environment.UserName;

    public string HostUrl(string path) => $"ssh://{User}@127.0.0.1:{Port}{path}";

    public static async Task<SshServer> StartAsync()
    {
        var directory = new TempDirectory("sshd-keys");
        var hostKey = directory.PathOf("host_key");
        var clientKey = directory.PathOf("client_key");
        foreach (var key in new[] { hostKey, clientKey })
        {
            (await ChildProcess.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", string.Empty, "-f", key], directory.Root, TimeSpan.FromSeconds(30))).AssertExitCode(0);
        }

        File.Copy(clientKey + ".pub", directory.PathOf("authorized_keys"));
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var config = directory.Write("sshd_config", $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {hostKey}
            PidFile {directory.PathOf("sshd.pid")}
            AuthorizedKeysFile {directory.PathOf("authorized_keys")}
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            SetEnv PATH={Environment.GetEnvironmentVariable("PATH")}
            LogLevel ERROR
            """);
        Directory.CreateDirectory("/run/sshd");
        var process = Process.Start(new ProcessStartInfo(Daemon, ["-D", "-e", "-f", config]) { UseShellExecute = false, RedirectStandardError = true })!;
        _ = process.StandardError.ReadToEndAsync();
        var server = new SshServer(process, port, clientKey);
        server._keys = directory;
        await server.WaitUntilListeningAsync();
        return server;
    }

    private TempDirectory? _keys;

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            Assert.False(_process.HasExited, $"sshd exited with {(_process.HasExited ? _process.ExitCode : 0)}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                // sshd is still binding its port: this loop is the latch that waits for it.
                await Task.Delay(50);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _keys?.Dispose();
        _directory.Dispose();
    }
}
