namespace Automation.Components;

/// <summary>One run of a delivery target: the environment, the version, who runs it and the ledger it records in.</summary>
internal sealed class DeliveryRun(IDeliver build, ITargetContext context)
{
    private readonly DeliveryLedger _ledger = new(build.RootDirectory, build.LedgerRemote);

    public async Task DeployAsync()
    {
        var environment = FindEnvironment();
        var version = CheckedVersion(build.DeliveryVersion);
        var who = await WhoAsync().ConfigureAwait(false);
        await _ledger.SyncAsync(context.CancellationToken).ConfigureAwait(false);
        var obstacles = PromotionGate.Obstacles(environment, version, who, await _ledger.ReadAsync(context.CancellationToken).ConfigureAwait(false));
        if (obstacles.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(build.OverrideGate))
            {
                throw new InvalidOperationException($"Deploy to {environment.Name} refused: {string.Join("; ", obstacles)}. Pass --override-gate \"<reason>\" to deploy anyway (the reason is recorded in the ledger).");
            }

            context.Warn($"Promotion gate overridden by {who}: {string.Join("; ", obstacles)}. Reason: {build.OverrideGate}");
            await RecordAsync(LedgerEventKinds.GateOverride, version, environment.Name, who, succeeded: true, reason: build.OverrideGate).ConfigureAwait(false);
        }

        if (!build.DeployArtifact.DirectoryExists())
        {
            throw new InvalidOperationException($"There is nothing to deploy at {build.DeployArtifact}: let a target of the build publish the app there before deploy (.DependentFor<IDeliver>(x => x.Deploy)), or set DeployArtifact.");
        }

        foreach (var secret in build.DeliverySecrets.Values.Where(v => v.Length > 0))
        {
            context.Secret(secret);
        }

        using var key = SshKeyFile.From(build.SshKey, build.TemporaryDirectory);
        var failed = new List<string>();
        foreach (var (host, index) in Hosts(environment).Select((h, i) => (h, i)))
        {
            var deployment = new HostDeployment(build, context, new HostShell(context, host, key), environment, version, who, _ledger);
            if (!await deployment.DeployAsync(build.TemporaryDirectory / "deploy" / environment.Name / index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false))
            {
                failed.Add(host.Text);
            }
        }

        if (failed.Count > 0)
        {
            throw new InvalidOperationException($"Deploy of {version} to {environment.Name} failed on {string.Join(", ", failed)} and was rolled back there (see above).");
        }

        context.Note($"{version} live on {environment.Name}");
    }

    public async Task RollbackAsync()
    {
        var environment = FindEnvironment();
        var who = await WhoAsync().ConfigureAwait(false);
        if (!PromotionGate.MayDeploy(environment, who))
        {
            throw new InvalidOperationException($"{who} may not roll back {environment.Name}: only {string.Join(", ", environment.Deployers)} may.");
        }

        var to = build.To is { } wanted ? CheckedVersion(wanted) : null;
        using var key = SshKeyFile.From(build.SshKey, build.TemporaryDirectory);
        foreach (var host in Hosts(environment))
        {
            var deployment = new HostDeployment(build, context, new HostShell(context, host, key), environment, to ?? string.Empty, who, _ledger);
            await deployment.RollbackAsync(to).ConfigureAwait(false);
        }
    }

    public async Task ApproveAsync()
    {
        var environment = FindEnvironment();
        var version = CheckedVersion(build.ApproveVersion ?? build.DeliveryVersion);
        var who = await WhoAsync().ConfigureAwait(false);
        if (!PromotionGate.MayApprove(environment, who))
        {
            var approvers = environment.Approvers.Count > 0 ? environment.Approvers : environment.Deployers;
            throw new InvalidOperationException($"{who} may not approve versions for {environment.Name}: only {string.Join(", ", approvers)} may.");
        }

        await RecordAsync(LedgerEventKinds.Approval, version, environment.Name, who, succeeded: true).ConfigureAwait(false);
        context.Note($"{version} approved for {environment.Name} by {who}");
    }

    public async Task RecordStageAsync()
    {
        var version = CheckedVersion(build.DeliveryVersion);
        var who = await WhoAsync().ConfigureAwait(false);
        await RecordAsync(LedgerEventKinds.Stage, version, build.Stage!, who, !build.StageFailed).ConfigureAwait(false);
        context.Note($"{version}: {build.Stage} {(build.StageFailed ? "failed" : "passed")}");
    }

    private async Task RecordAsync(string kind, string version, string stage, string who, bool succeeded, string? reason = null)
    {
        var sync = await _ledger.AppendAsync(new LedgerEvent
        {
            Kind = kind,
            Version = version,
            Stage = stage,
            Outcome = succeeded ? LedgerOutcomes.Succeeded : LedgerOutcomes.Failed,
            Who = who,
            Commit = build.CurrentVersion.Sha,
            Reason = reason,
        }, context.CancellationToken).ConfigureAwait(false);
        if (LedgerWarnings.For(sync, build.LedgerRemote) is { } warning)
        {
            context.Warn(warning);
        }
    }

    private DeliveryEnvironment FindEnvironment()
    {
        var environments = build.Environments;
        return environments.FirstOrDefault(e => string.Equals(e.Name, build.Env, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"There is no environment '{build.Env}'. Environments: {string.Join(", ", environments.Select(e => e.Name))} (declare them in the build's Environments).");
    }

    private List<DeliveryHost> Hosts(DeliveryEnvironment environment)
    {
        var hosts = (environment.Hosts.Count > 0 ? environment.Hosts : [new NukeLayout(build.RootDirectory).TemporaryDirectory / "environments" / environment.Name])
            .Select(text => DeliveryHost.Parse(text, build.RootDirectory))
            .ToList();

        // A local deploy runs its steps with sh, mv -T and symlinks on this machine: say so on Windows before the first
        // step, rather than fail half-way with a missing sh.
        if (OperatingSystem.IsWindows() && hosts.FirstOrDefault(h => !h.IsRemote) is { } local)
        {
            throw new InvalidOperationException(
                $"The host '{local.Text}' of {environment.Name} is a local directory, which deploy and rollback switch with POSIX tools (sh, mv -T, symbolic links): on Windows, run the build in WSL, or deploy to ssh:// hosts.");
        }

        return hosts;
    }

    private Task<string> WhoAsync() => DeliveryIdentity.ResolveAsync(build.RootDirectory, build.EnvironmentVariables, context.CancellationToken);

    private static string CheckedVersion(string version) =>
        version.Length == 0 || version.StartsWith('.') || version.IndexOfAny(['/', '\\', '\'', ' ']) >= 0
            ? throw new InvalidOperationException($"'{version}' cannot name a version folder: use a version such as 1.2.0 (no slashes, spaces or leading dot).")
            : version;
}
