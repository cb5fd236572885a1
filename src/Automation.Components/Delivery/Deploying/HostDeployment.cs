namespace Automation.Components;

/// <summary>
/// The deploy steps on one host: stage the version locally (artifact, rendered configuration, hooks), copy it to
/// <c>versions/&lt;version&gt;/</c>, <i>prepare</i>, switch <c>live</c>, <i>deployed</i>, health check, and either
/// prune old versions or switch back to the version that was live. Each outcome is a ledger event.
/// </summary>
internal sealed class HostDeployment(IDeliver build, ITargetContext context, HostShell shell, DeliveryEnvironment environment, string version, string who, DeliveryLedger ledger)
{
    private string Root => shell.Host.Root;

    /// <summary>Deploys; false when the version failed on this host (it was then rolled back).</summary>
    public async Task<bool> DeployAsync(AbsolutePath staging)
    {
        var rendered = ConfigurationLayers.Render(build.ConfigurationLayersDirectory, build.ApplicationName, environment, shell.Host.Text, build.DeliverySecrets);
        var state = await StateAsync().ConfigureAwait(false);
        if (state.Live == version && state.LiveHash == rendered.Hash)
        {
            context.Info($"{shell.Host}: {version} is already live with this configuration ({Short(rendered.Hash)}); nothing changed.");
            return true;
        }

        if (state.Live == version)
        {
            throw new InvalidOperationException($"{shell.Host}: {version} is live there with another configuration ({Short(state.LiveHash)}, now {Short(rendered.Hash)}). The folder of a running version is never changed: deploy a new version (commit the configuration change).");
        }

        context.Info($"{shell.Host}: deploying {version} (configuration {Short(rendered.Hash)} from {string.Join(" → ", rendered.Layers.DefaultIfEmpty("no layers"))}); live now: {state.Live ?? "nothing"}");
        Stage(staging, rendered);
        await shell.RunAsync(HostLayout.PrepareIncomingScript(Root, version)).ConfigureAwait(false);
        await shell.UploadAsync(staging, HostLayout.Incoming(Root, version)).ConfigureAwait(false);
        await shell.RunAsync(HostLayout.CompleteIncomingScript(Root, version)).ConfigureAwait(false);

        if (await HookAsync(version, "prepare").ConfigureAwait(false) is { } prepareFailure)
        {
            await RecordAsync(LedgerEventKinds.Deploy, version, false, rendered.Hash, $"prepare hook: {prepareFailure}").ConfigureAwait(false);
            context.Error($"{shell.Host}: the prepare hook of {version} failed ({prepareFailure}); live stays on {state.Live ?? "nothing"}.");
            return false;
        }

        await shell.RunAsync(HostLayout.SwitchScript(Root, version)).ConfigureAwait(false);
        var problem = await HookAsync(version, "deployed").ConfigureAwait(false) is { } hookFailure
            ? $"deployed hook: {hookFailure}"
            : await HealthProbe.CheckAsync(shell, environment, context.CancellationToken).ConfigureAwait(false);
        if (problem is null)
        {
            await RecordAsync(LedgerEventKinds.Health, version, true, rendered.Hash).ConfigureAwait(false);
            await RecordAsync(LedgerEventKinds.Deploy, version, true, rendered.Hash).ConfigureAwait(false);
            context.Info($"{shell.Host}: {version} is live and healthy.");
            await PruneAsync().ConfigureAwait(false);
            return true;
        }

        context.Error($"{shell.Host}: {version} is unhealthy: {problem}");
        await RecordAsync(LedgerEventKinds.Health, version, false, rendered.Hash, problem).ConfigureAwait(false);
        await RecordAsync(LedgerEventKinds.Deploy, version, false, rendered.Hash, problem).ConfigureAwait(false);
        if (state.Live is { } previous)
        {
            await SwitchBackAsync(previous, $"automatic: {version} was unhealthy").ConfigureAwait(false);
            // A version that failed its health check must not be the one a later rollback picks.
            await shell.RunAsync(HostLayout.RemoveScript(Root, [version])).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Switches back to <paramref name="to"/>, or to the version live before the current one.</summary>
    public async Task RollbackAsync(string? to)
    {
        var state = await StateAsync().ConfigureAwait(false);
        var target = to ?? state.Previous
            ?? throw new InvalidOperationException($"{shell.Host}: there is no earlier version to roll back to (live: {state.Live ?? "nothing"}; versions: {string.Join(", ", state.Versions.DefaultIfEmpty("none"))}).");
        if (!state.Versions.Contains(target))
        {
            throw new InvalidOperationException($"{shell.Host}: version {target} is not there (versions: {string.Join(", ", state.Versions.DefaultIfEmpty("none"))}); deploy it instead.");
        }

        if (target == state.Live)
        {
            context.Info($"{shell.Host}: {target} is already live; nothing changed.");
            return;
        }

        if (await SwitchBackAsync(target, $"from {state.Live ?? "nothing"}").ConfigureAwait(false) is { } problem)
        {
            throw new InvalidOperationException($"{shell.Host}: {target} is live again but unhealthy: {problem}");
        }
    }

    /// <summary>Switches to <paramref name="target"/>, restarts and checks it; null when healthy, else what is wrong.</summary>
    private async Task<string?> SwitchBackAsync(string target, string reason)
    {
        await shell.RunAsync(HostLayout.SwitchScript(Root, target)).ConfigureAwait(false);
        // The version switched back to gets the same checks as a deploy: its service restarted, then its health.
        var problem = await HookAsync(target, "deployed").ConfigureAwait(false) is { } hookFailure
            ? $"deployed hook: {hookFailure}"
            : await HealthProbe.CheckAsync(shell, environment, context.CancellationToken).ConfigureAwait(false);
        var hash = (await StateAsync().ConfigureAwait(false)).LiveHash;
        await RecordAsync(LedgerEventKinds.Rollback, target, problem is null, hash, problem is null ? reason : $"{reason}; then unhealthy: {problem}", versionOverride: target).ConfigureAwait(false);
        context.Warn($"{shell.Host}: rolled back to {target} ({reason}){(problem is null ? string.Empty : $", which is unhealthy too: {problem}")}.");
        return problem;
    }

    private void Stage(AbsolutePath staging, ConfigurationLayers.Rendered rendered)
    {
        if (staging.DirectoryExists())
        {
            Directory.Delete(staging, recursive: true);
        }

        CopyFolder(build.DeployArtifact, staging);
        File.WriteAllText(staging / build.ConfigurationFileName, rendered.Json);
        var meta = staging / ".deploy";
        Directory.CreateDirectory(meta);
        File.WriteAllText(meta / "config.sha256", rendered.Hash + "\n");
        File.WriteAllText(meta / "version", version + "\n");
        foreach (var (hook, name) in new[] { (build.PrepareHook, "prepare"), (build.DeployedHook, "deployed") })
        {
            if (hook.FileExists())
            {
                File.Copy(hook, meta / name);
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task<string?> HookAsync(string hookVersion, string hook)
    {
        var result = await shell.RunAsync(HostLayout.HookScript(Root, hookVersion, environment.Name, hook), allowFailure: true).ConfigureAwait(false);
        return result.ExitCode == 0 ? null : $"exit code {result.ExitCode}";
    }

    private async Task PruneAsync()
    {
        var beyond = (await StateAsync().ConfigureAwait(false)).BeyondLimit(environment.KeepVersions);
        if (beyond.Count > 0)
        {
            await shell.RunAsync(HostLayout.RemoveScript(Root, beyond)).ConfigureAwait(false);
            context.Info($"{shell.Host}: removed {string.Join(", ", beyond)} (keeping {environment.KeepVersions} versions).");
        }
    }

    private async Task<HostState> StateAsync() =>
        HostState.Parse((await shell.RunAsync(HostLayout.StateScript(Root)).ConfigureAwait(false)).StandardOutput);

    private Task RecordAsync(string kind, string eventVersion, bool succeeded, string? hash, string? reason = null, string? versionOverride = null) =>
        ledger.AppendAsync(new LedgerEvent
        {
            Kind = kind,
            Version = versionOverride ?? eventVersion,
            Stage = environment.Name,
            Outcome = succeeded ? LedgerOutcomes.Succeeded : LedgerOutcomes.Failed,
            Who = who,
            Commit = kind == LedgerEventKinds.Rollback ? null : build.CurrentVersion.Sha,
            Host = shell.Host.Text,
            ConfigHash = hash,
            Reason = reason,
        }, context.CancellationToken);

    private static string Short(string? hash) => hash is null ? "none" : hash[..Math.Min(12, hash.Length)];
}
