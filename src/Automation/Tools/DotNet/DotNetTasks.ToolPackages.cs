using Automation.Processes;

namespace Automation;

// NUKE's `dotnet tool install|update|uninstall` tasks, in the context form (`ctx.DotNetToolInstall(...)`) and the
// static forms a NUKE build calls inside a target's action (`DotNetToolInstall(s => s.SetPackageName(...))`).
public static partial class DotNetTasks
{
    /// <summary>Runs <c>dotnet tool install</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Sets at least the package, e.g. <c>s =&gt; s with { PackageName = "dotnet-ef", Global = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetToolInstall(this ITargetContext context, Func<DotNetToolInstallSettings, DotNetToolInstallSettings> configure) =>
        Run(context, new DotNetToolInstallSettings(), configure ?? throw new ArgumentNullException(nameof(configure)));

    /// <summary>Runs <c>dotnet tool update</c>, which installs the tool when it is missing.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Sets at least the package, e.g. <c>s =&gt; s with { PackageName = "dotnet-ef", Global = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetToolUpdate(this ITargetContext context, Func<DotNetToolUpdateSettings, DotNetToolUpdateSettings> configure) =>
        Run(context, new DotNetToolUpdateSettings(), configure ?? throw new ArgumentNullException(nameof(configure)));

    /// <summary>Runs <c>dotnet tool uninstall</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Sets at least the package, e.g. <c>s =&gt; s with { PackageName = "dotnet-ef", Global = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetToolUninstall(this ITargetContext context, Func<DotNetToolUninstallSettings, DotNetToolUninstallSettings> configure) =>
        Run(context, new DotNetToolUninstallSettings(), configure ?? throw new ArgumentNullException(nameof(configure)));

    /// <summary>Runs <c>dotnet tool install</c> in the running target with settings a hook prepares: <c>DotNetToolInstall(s =&gt; s.SetPackageName(id).SetGlobal(true))</c>.</summary>
    /// <param name="configurator">Changes the default settings; sets at least the package.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolInstall(Configure<DotNetToolInstallSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetToolInstall(configurator(new DotNetToolInstallSettings()));
    }

    /// <summary>Runs <c>dotnet tool install</c> in the running target with the given settings.</summary>
    /// <param name="settings">The settings; the package is required.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolInstall(DotNetToolInstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Static(nameof(DotNetToolInstall), settings, (context, s) => context.DotNetToolInstall(_ => s));
    }

    /// <summary>Runs <c>dotnet tool install</c> once per combination: <c>DotNetToolInstall(s =&gt; s.CombineWith(tools, (s, t) =&gt; s.SetPackageName(t)))</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetToolInstallSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetToolInstall(
        CombinatorialConfigure<DotNetToolInstallSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetToolInstallSettings()), s => DotNetToolInstall(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet tool update</c> in the running target with settings a hook prepares: <c>DotNetToolUpdate(s =&gt; s.SetPackageName(id).SetGlobal(true))</c>.</summary>
    /// <param name="configurator">Changes the default settings; sets at least the package.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolUpdate(Configure<DotNetToolUpdateSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetToolUpdate(configurator(new DotNetToolUpdateSettings()));
    }

    /// <summary>Runs <c>dotnet tool update</c> in the running target with the given settings.</summary>
    /// <param name="settings">The settings; the package is required.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolUpdate(DotNetToolUpdateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Static(nameof(DotNetToolUpdate), settings, (context, s) => context.DotNetToolUpdate(_ => s));
    }

    /// <summary>Runs <c>dotnet tool update</c> once per combination: <c>DotNetToolUpdate(s =&gt; s.CombineWith(tools, (s, t) =&gt; s.SetPackageName(t)))</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetToolUpdateSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetToolUpdate(
        CombinatorialConfigure<DotNetToolUpdateSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetToolUpdateSettings()), s => DotNetToolUpdate(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet tool uninstall</c> in the running target with settings a hook prepares: <c>DotNetToolUninstall(s =&gt; s.SetPackageName(id).SetGlobal(true))</c>.</summary>
    /// <param name="configurator">Changes the default settings; sets at least the package.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolUninstall(Configure<DotNetToolUninstallSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetToolUninstall(configurator(new DotNetToolUninstallSettings()));
    }

    /// <summary>Runs <c>dotnet tool uninstall</c> in the running target with the given settings.</summary>
    /// <param name="settings">The settings; the package is required.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolUninstall(DotNetToolUninstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Static(nameof(DotNetToolUninstall), settings, (context, s) => context.DotNetToolUninstall(_ => s));
    }

    /// <summary>Runs <c>dotnet tool uninstall</c> once per combination: <c>DotNetToolUninstall(s =&gt; s.CombineWith(tools, (s, t) =&gt; s.SetPackageName(t)))</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetToolUninstallSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetToolUninstall(
        CombinatorialConfigure<DotNetToolUninstallSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetToolUninstallSettings()), s => DotNetToolUninstall(s), degreeOfParallelism, completeOnFailure);
    }
}
