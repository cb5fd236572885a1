using Automation.Output;
using Automation.Tools.DotNet;
using Automation.Tools.MSBuild;

namespace Automation.Session;

/// <summary>What NUKE's attributes on the build class change in a run: <see cref="DotNetVerbosityMappingAttribute"/>, <see cref="MSBuildVerbosityMappingAttribute"/>,
/// <see cref="UnsetVisualStudioEnvironmentVariablesAttribute"/> and <see cref="ShutdownDotNetAfterServerBuildAttribute"/>.</summary>
internal sealed class BuildClassAttributes(Type buildType)
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMinutes(1);

    private bool Has<TAttribute>()
        where TAttribute : Attribute => buildType.IsDefined(typeof(TAttribute), inherit: true);

    /// <summary>Sets the default <c>dotnet</c> and MSBuild verbosities of this build's flow when the build maps them.</summary>
    public void ApplyVerbosityMapping(Verbosity verbosity)
    {
        DotNetVerbosityDefault.Value = Has<DotNetVerbosityMappingAttribute>() ? DotNetVerbosityMappingAttribute.Map(verbosity) : null;
        MSBuildVerbosityDefault.Value = Has<MSBuildVerbosityMappingAttribute>() ? MSBuildVerbosityMappingAttribute.Map(verbosity) : null;
    }

    /// <summary>The variables every command gets: <paramref name="variables"/>, plus the Visual Studio ones unset when the build asks.</summary>
    public IReadOnlyDictionary<string, string?> CommandVariables(IReadOnlyDictionary<string, string?> variables)
    {
        if (!Has<UnsetVisualStudioEnvironmentVariablesAttribute>())
        {
            return variables;
        }

        var all = variables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var name in UnsetVisualStudioEnvironmentVariablesAttribute.Variables)
        {
            all.TryAdd(name, null);
        }

        return all;
    }

    /// <summary>
    /// With <see cref="CheckBuildProjectConfigurationsAttribute"/>, warns about the solutions that build the build project;
    /// a check that outlasts the attribute's timeout is abandoned with a warning.
    /// </summary>
    public async Task CheckBuildProjectConfigurationsAsync(AbsolutePath root, AbsolutePath? buildProjectDirectory, BuildOutput output)
    {
        if (buildType.GetCustomAttributes(typeof(CheckBuildProjectConfigurationsAttribute), inherit: true) is not [CheckBuildProjectConfigurationsAttribute attribute, ..])
        {
            return;
        }

        if (buildProjectDirectory is null)
        {
            output.Debug("[CheckBuildProjectConfigurations]: the build runs without its project, so there is nothing to check.");
            return;
        }

        using var cancellation = new CancellationTokenSource();
        var check = Injection.Solutions.BuildProjectConfigurations.FindAsync(root, buildProjectDirectory, cancellation.Token);
        if (await Task.WhenAny(check, Task.Delay(Math.Max(0, attribute.TimeoutInMilliseconds), CancellationToken.None)).ConfigureAwait(false) != check)
        {
            await cancellation.CancelAsync().ConfigureAwait(false);
            output.Warning(new Annotation(
                $"[CheckBuildProjectConfigurations] did not finish within {attribute.TimeoutInMilliseconds} ms; raise TimeoutInMilliseconds or remove the attribute."));
            return;
        }

        foreach (var finding in await check.ConfigureAwait(false))
        {
            output.Warning(new Annotation(finding));
        }
    }

    /// <summary>Runs <c>dotnet build-server shutdown</c> on a CI server when the build asks; a failure is a warning, never the build's.</summary>
    public async Task ShutdownBuildServersAsync(bool serverBuild, bool dryRun, IReadOnlyDictionary<string, string> environment, BuildOutput output)
    {
        if (!serverBuild || dryRun || !Has<ShutdownDotNetAfterServerBuildAttribute>())
        {
            return;
        }

        var dotnet = environment.TryGetValue("DOTNET_HOST_PATH", out var host) && host.Length > 0 ? host : "dotnet";
        output.Debug($"> {dotnet} build-server shutdown ([ShutdownDotNetAfterServerBuild])");
        try
        {
            // Through the one process primitive, so a test's CommandRecorder sees it as every other command.
            var outcome = await ProcessLauncher.RunAsync(dotnet, ["build-server", "shutdown"], new ProcessLaunchOptions { Timeout = ShutdownTimeout }).ConfigureAwait(false);
            output.Debug((outcome.StandardOutput + outcome.StandardError).Trim());
            if (outcome.ExitCode != 0)
            {
                output.Warning(new Annotation($"dotnet build-server shutdown exited with code {outcome.ExitCode}; build servers may still run."));
            }
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            output.Warning(new Annotation($"dotnet build-server shutdown failed ({exception.Message}); build servers may still run."));
        }
    }
}
