namespace Automation.IntegrationTests.Delivery;

/// <summary>A fact that needs OpenSSH's server and client (Debian's openssh-server, which .ci/run installs when it may).</summary>
public sealed class SshFactAttribute : FactAttribute
{
    public SshFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux: the deploy tests start a real OpenSSH server.";
        }
        else if (!File.Exists(SshServer.Daemon) || !File.Exists("/usr/bin/ssh") || !File.Exists("/usr/bin/ssh-keygen"))
        {
            Skip = $"Needs OpenSSH ({SshServer.Daemon}, ssh, ssh-keygen): apt-get install openssh-server rsync (.ci/run does when it may).";
        }
    }
}
