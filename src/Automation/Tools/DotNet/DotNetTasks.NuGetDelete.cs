using Automation.Processes;

namespace Automation;

// NUKE's `dotnet nuget delete` task, in the context form and the static forms; the API key becomes a secret first.
public static partial class DotNetTasks
{
    /// <summary>Runs <c>dotnet nuget delete</c>, first registering the API key as a secret so no output shows it.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Sets at least the package and version, e.g. <c>s =&gt; s with { PackageId = id, PackageVersion = v, Source = url, ApiKey = key, NonInteractive = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetNuGetDelete(this ITargetContext context, Func<DotNetNuGetDeleteSettings, DotNetNuGetDeleteSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configure);
        var settings = configure(new DotNetNuGetDeleteSettings());
        ArgumentNullException.ThrowIfNull(settings, nameof(configure));
        RegisterSecrets(context, settings.ApiKey);
        return Run(context, settings);
    }

    /// <summary>Runs <c>dotnet nuget delete</c> in the running target with settings a hook prepares: <c>DotNetNuGetDelete(s =&gt; s.SetPackageId(id).SetPackageVersion(v).SetApiKey(key).EnableNonInteractive())</c>. The API key is masked in all output.</summary>
    /// <param name="configurator">Changes the default settings; sets at least the package and version.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetNuGetDelete(Configure<DotNetNuGetDeleteSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetNuGetDelete(configurator(new DotNetNuGetDeleteSettings()));
    }

    /// <summary>Runs <c>dotnet nuget delete</c> in the running target with the given settings. The API key is masked in all output.</summary>
    /// <param name="settings">The settings; the package and version are required.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetNuGetDelete(DotNetNuGetDeleteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Static(nameof(DotNetNuGetDelete), settings, (context, s) => context.DotNetNuGetDelete(_ => s));
    }

    /// <summary>Runs <c>dotnet nuget delete</c> once per combination: <c>DotNetNuGetDelete(s =&gt; s.CombineWith(versions, (s, v) =&gt; s.SetPackageVersion(v)))</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetNuGetDeleteSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetNuGetDelete(
        CombinatorialConfigure<DotNetNuGetDeleteSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetNuGetDeleteSettings()), s => DotNetNuGetDelete(s), degreeOfParallelism, completeOnFailure);
    }
}
