namespace Automation.Tools.Resolution;

/// <summary>
/// Resolution step 3: the repository's local tool manifest. A tool found there runs as <c>dotnet tool run &lt;command&gt; --</c>:
/// the <c>--</c> stops <c>dotnet tool run</c> from taking the tool's own <c>-h</c>/<c>--help</c> and from eating a <c>--</c>
/// meant for the tool (only <c>--allow-roll-forward</c> is still taken, an SDK quirk). Like every <c>dotnet tool run</c>, it
/// finds the manifest from the command's working directory, so it must run inside the repository. When the CLI does not
/// know the tool as restored, <c>dotnet tool restore</c> runs first (echoed, so a dry run only shows it), at most once per build.
/// </summary>
internal sealed class LocalToolSource(ToolEnvironment environment, Func<string> dotnet)
{
    private readonly Lock _restoreLock = new();
    private bool _restored;

    /// <summary>The command for <paramref name="name"/>, or null (with what was searched added to <paramref name="searched"/>).</summary>
    public ToolCommand? Find(string name, ITargetContext context, List<string> searched)
    {
        foreach (var manifest in LocalToolManifest.Candidates(environment.Root))
        {
            if (!File.Exists(manifest))
            {
                searched.Add($"local tool manifest {manifest}: not found");
                continue;
            }

            if (LocalToolManifest.Find(manifest, name) is not { } tool)
            {
                searched.Add($"local tool manifest {manifest}: no tool has the command '{name}'");
                continue;
            }

            EnsureRestored(tool, context);
            var source = Path.GetRelativePath(environment.Root, manifest).Replace('\\', '/');
            return new ToolCommand(dotnet(), ["tool", "run", tool.Command, "--"], source);
        }

        return null;
    }

    private void EnsureRestored(LocalTool tool, ITargetContext context)
    {
        lock (_restoreLock)
        {
            if (_restored || IsRestored(tool))
            {
                return;
            }

            context.Info($"Local tool {tool.PackageId} {tool.Version} is not restored yet; restoring the local tools once for this build.");
            context.Run(dotnet(), ["tool", "restore"], new RunOptions { WorkingDirectory = environment.Root, Environment = RestoreVariables() });
            _restored = true;
        }
    }

    // `dotnet tool run` trusts only its resolver cache: a package present in the global packages folder without a cache
    // entry still fails with "Run dotnet tool restore". So the cache is what decides.
    private bool IsRestored(LocalTool tool) => ToolResolverCache.Knows(environment, tool);

    // The restore must look where this check looked, even when the build's variables are not the process's (tests).
    private Dictionary<string, string?>? RestoreVariables()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in (string[])["NUGET_PACKAGES", "DOTNET_CLI_HOME"])
        {
            if (environment.Get(name) is { } value)
            {
                variables[name] = environment.FullPath(value);
            }
        }

        return variables.Count == 0 ? null : variables;
    }
}
