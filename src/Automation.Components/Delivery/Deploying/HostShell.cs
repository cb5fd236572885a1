namespace Automation.Components;

/// <summary>
/// Runs POSIX shell commands on a host and copies folders to it: <c>sh</c> for a local directory, real <c>ssh</c> and
/// <c>rsync</c> (or <c>scp</c> where rsync is missing) processes for a remote one, authenticated with the key of
/// <see cref="SshKeyFile"/>. The same deploy steps then serve every kind of host.
/// </summary>
internal sealed class HostShell(ITargetContext context, DeliveryHost host, SshKeyFile? key)
{
    public DeliveryHost Host => host;

    /// <summary>Runs <paramref name="script"/> on the host; a non-zero exit code throws unless <paramref name="allowFailure"/>.</summary>
    public Task<CommandResult> RunAsync(string script, bool allowFailure = false, TimeSpan? timeout = null)
    {
        var options = new RunOptions
        {
            AcceptedExitCodes = allowFailure ? Enumerable.Range(0, 256).ToArray() : [0],
            Timeout = timeout,
        };
        return host.IsRemote
            ? context.RunAsync("ssh", [.. SshOptions(), "-p", host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{host.User}@{host.Server}", script], options)
            : context.RunAsync("sh", ["-c", script], options);
    }

    /// <summary>Copies the contents of the local <paramref name="folder"/> into <paramref name="destination"/> on the host, which exists.</summary>
    public async Task UploadAsync(string folder, string destination)
    {
        if (!host.IsRemote)
        {
            await RunAsync($"cp -R {ShellQuoting.Quote(folder + "/.")} {ShellQuoting.Quote(destination + "/")}").ConfigureAwait(false);
            return;
        }

        string[] sshCommand = ["ssh", .. SshOptions(), "-p", host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var ssh = string.Join(' ', sshCommand.Select(ShellQuoting.Quote));
        if (ExecutableOnPath.Exists("rsync"))
        {
            await context.RunAsync("rsync", ["-a", "--delete", "-e", ssh, folder + "/", $"{host.User}@{host.Server}:{destination}/"]).ConfigureAwait(false);
        }
        else
        {
            await context.RunAsync("scp", [.. SshOptions(), "-P", host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-r", folder + "/.", $"{host.User}@{host.Server}:{destination}/"]).ConfigureAwait(false);
        }
    }

    private IEnumerable<string> SshOptions()
    {
        // BatchMode: never wait for a password prompt; the known-hosts file of the build keeps the user's own untouched.
        yield return "-o";
        yield return "BatchMode=yes";
        yield return "-o";
        yield return "StrictHostKeyChecking=accept-new";
        if (key is not null)
        {
            yield return "-o";
            yield return $"UserKnownHostsFile={key.KnownHosts}";
            yield return "-o";
            yield return "IdentitiesOnly=yes";
            yield return "-i";
            yield return key.Path;
        }
    }
}
