using Automation.Processes;

namespace Automation;

// NUKE's static forms: `DotNetBuild(s => s.SetProjectFile(solution))` inside a target's action runs through the
// running target (CurrentTarget), exactly as `ctx.DotNetBuild(...)` does, and returns the output lines.
public static partial class DotNetTasks
{
    /// <summary>Runs <c>dotnet</c> with a command line given as plain text (<c>DotNet("tool run dotnet-ef --version")</c>) in the running target.</summary>
    /// <param name="arguments">The arguments as one string, split as a shell would (quotes group).</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
    /// <param name="timeout">A time limit in milliseconds; the command's process tree is killed when it passes.</param>
    /// <param name="logOutput">False hides the output (it is still returned).</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command exited with a code other than 0.</exception>
    public static IReadOnlyCollection<OutputLine> DotNet(
        string arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null)
    {
        ArgumentStringHandler handler = arguments;
        return DotNet(ref handler, workingDirectory, environmentVariables, timeout, logOutput, logInvocation);
    }

    /// <summary>Runs <c>dotnet</c> with an interpolated command line (<c>DotNet($"ef migrations add {name}")</c>) in the running target.</summary>
    /// <param name="arguments">The arguments as one string, split as a shell would (quotes group); interpolated values are quoted when needed.</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
    /// <param name="timeout">A time limit in milliseconds; the command's process tree is killed when it passes.</param>
    /// <param name="logOutput">False hides the output (it is still returned).</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command exited with a code other than 0.</exception>
    public static IReadOnlyCollection<OutputLine> DotNet(
        ref ArgumentStringHandler arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null)
    {
        var context = CurrentTarget.Require(nameof(DotNet));
        var options = ProcessOptions.From(workingDirectory, environmentVariables, timeout, logOutput, logInvocation);
        return OutputLine.Of(context.DotNet(CommandLineText.Split(arguments.ToStringAndClear()), options));
    }

    /// <summary>Runs <c>dotnet restore</c> in the running target with settings a hook prepares: <c>DotNetRestore(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetRestore(Configure<DotNetRestoreSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetRestore(configurator(new DotNetRestoreSettings()));
    }

    /// <summary>Runs <c>dotnet restore</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetRestore(DotNetRestoreSettings? settings = null) =>
        Static(nameof(DotNetRestore), settings ?? new DotNetRestoreSettings(), (context, s) => context.DotNetRestore(_ => s));

    /// <summary>Runs <c>dotnet restore</c> once per combination: <c>DotNetRestore(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetRestoreSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetRestore(
        CombinatorialConfigure<DotNetRestoreSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetRestoreSettings()), s => DotNetRestore(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet build</c> in the running target with settings a hook prepares: <c>DotNetBuild(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetBuild(Configure<DotNetBuildSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetBuild(configurator(new DotNetBuildSettings()));
    }

    /// <summary>Runs <c>dotnet build</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetBuild(DotNetBuildSettings? settings = null) =>
        Static(nameof(DotNetBuild), settings ?? new DotNetBuildSettings(), (context, s) => context.DotNetBuild(_ => s));

    /// <summary>Runs <c>dotnet build</c> once per combination: <c>DotNetBuild(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetBuildSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetBuild(
        CombinatorialConfigure<DotNetBuildSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetBuildSettings()), s => DotNetBuild(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet test</c> in the running target with settings a hook prepares: <c>DotNetTest(s =&gt; s.Set...())</c>. Failing tests fail it.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetTest(Configure<DotNetTestSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetTest(configurator(new DotNetTestSettings()));
    }

    /// <summary>Runs <c>dotnet test</c> in the running target with the given settings (default settings when null). Failing tests fail it.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetTest(DotNetTestSettings? settings = null) =>
        Static(nameof(DotNetTest), settings ?? new DotNetTestSettings(), (context, s) => context.DotNetTest(_ => s));

    /// <summary>Runs <c>dotnet test</c> once per combination: <c>DotNetTest(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetTestSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetTest(
        CombinatorialConfigure<DotNetTestSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetTestSettings()), s => DotNetTest(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet pack</c> in the running target with settings a hook prepares: <c>DotNetPack(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetPack(Configure<DotNetPackSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetPack(configurator(new DotNetPackSettings()));
    }

    /// <summary>Runs <c>dotnet pack</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetPack(DotNetPackSettings? settings = null) =>
        Static(nameof(DotNetPack), settings ?? new DotNetPackSettings(), (context, s) => context.DotNetPack(_ => s));

    /// <summary>Runs <c>dotnet pack</c> once per combination: <c>DotNetPack(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetPackSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetPack(
        CombinatorialConfigure<DotNetPackSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetPackSettings()), s => DotNetPack(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet publish</c> in the running target with settings a hook prepares: <c>DotNetPublish(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetPublish(Configure<DotNetPublishSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetPublish(configurator(new DotNetPublishSettings()));
    }

    /// <summary>Runs <c>dotnet publish</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetPublish(DotNetPublishSettings? settings = null) =>
        Static(nameof(DotNetPublish), settings ?? new DotNetPublishSettings(), (context, s) => context.DotNetPublish(_ => s));

    /// <summary>Runs <c>dotnet publish</c> once per combination: <c>DotNetPublish(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetPublishSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetPublish(
        CombinatorialConfigure<DotNetPublishSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetPublishSettings()), s => DotNetPublish(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet nuget push</c> in the running target with settings a hook prepares: <c>DotNetNuGetPush(s =&gt; s.Set...())</c>. The API keys are masked in all output.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetNuGetPush(Configure<DotNetNuGetPushSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetNuGetPush(configurator(new DotNetNuGetPushSettings()));
    }

    /// <summary>Runs <c>dotnet nuget push</c> in the running target with the given settings (default settings when null). The API keys are masked in all output.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetNuGetPush(DotNetNuGetPushSettings? settings = null) =>
        Static(nameof(DotNetNuGetPush), settings ?? new DotNetNuGetPushSettings(), (context, s) => context.DotNetNuGetPush(_ => s));

    /// <summary>Runs <c>dotnet nuget push</c> once per combination: <c>DotNetNuGetPush(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetNuGetPushSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetNuGetPush(
        CombinatorialConfigure<DotNetNuGetPushSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetNuGetPushSettings()), s => DotNetNuGetPush(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet nuget add source</c> in the running target with settings a hook prepares: <c>DotNetNuGetAddSource(s =&gt; s.SetName(name).SetSource(url))</c>. The password is masked in all output.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetNuGetAddSource(Configure<DotNetNuGetAddSourceSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetNuGetAddSource(configurator(new DotNetNuGetAddSourceSettings()));
    }

    /// <summary>Runs <c>dotnet nuget add source</c> in the running target with the given settings. The password is masked in all output.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetNuGetAddSource(DotNetNuGetAddSourceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Static(nameof(DotNetNuGetAddSource), settings, (context, s) => context.DotNetNuGetAddSource(_ => s));
    }

    /// <summary>Runs <c>dotnet tool restore</c> in the running target with settings a hook prepares: <c>DotNetToolRestore(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolRestore(Configure<DotNetToolRestoreSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetToolRestore(configurator(new DotNetToolRestoreSettings()));
    }

    /// <summary>Runs <c>dotnet tool restore</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetToolRestore(DotNetToolRestoreSettings? settings = null) =>
        Static(nameof(DotNetToolRestore), settings ?? new DotNetToolRestoreSettings(), (context, s) => context.DotNetToolRestore(_ => s));

    /// <summary>Runs <c>dotnet tool restore</c> once per combination: <c>DotNetToolRestore(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetToolRestoreSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetToolRestore(
        CombinatorialConfigure<DotNetToolRestoreSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetToolRestoreSettings()), s => DotNetToolRestore(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet format</c> in the running target with settings a hook prepares: <c>DotNetFormat(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetFormat(Configure<DotNetFormatSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetFormat(configurator(new DotNetFormatSettings()));
    }

    /// <summary>Runs <c>dotnet format</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetFormat(DotNetFormatSettings? settings = null) =>
        Static(nameof(DotNetFormat), settings ?? new DotNetFormatSettings(), (context, s) => context.DotNetFormat(_ => s));

    /// <summary>Runs <c>dotnet format</c> once per combination: <c>DotNetFormat(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetFormatSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetFormat(
        CombinatorialConfigure<DotNetFormatSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetFormatSettings()), s => DotNetFormat(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet run</c> in the running target with settings a hook prepares: <c>DotNetRun(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetRun(Configure<DotNetRunSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetRun(configurator(new DotNetRunSettings()));
    }

    /// <summary>Runs <c>dotnet run</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetRun(DotNetRunSettings? settings = null) =>
        Static(nameof(DotNetRun), settings ?? new DotNetRunSettings(), (context, s) => context.DotNetRun(_ => s));

    /// <summary>Runs <c>dotnet run</c> once per combination: <c>DotNetRun(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetRunSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetRun(
        CombinatorialConfigure<DotNetRunSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetRunSettings()), s => DotNetRun(s), degreeOfParallelism, completeOnFailure);
    }

    /// <summary>Runs <c>dotnet clean</c> in the running target with settings a hook prepares: <c>DotNetClean(s =&gt; s.Set...())</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetClean(Configure<DotNetCleanSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return DotNetClean(configurator(new DotNetCleanSettings()));
    }

    /// <summary>Runs <c>dotnet clean</c> in the running target with the given settings (default settings when null).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ProcessFailedException">The command failed.</exception>
    public static IReadOnlyCollection<OutputLine> DotNetClean(DotNetCleanSettings? settings = null) =>
        Static(nameof(DotNetClean), settings ?? new DotNetCleanSettings(), (context, s) => context.DotNetClean(_ => s));

    /// <summary>Runs <c>dotnet clean</c> once per combination: <c>DotNetClean(s =&gt; s.CombineWith(items, (s, i) =&gt; ...), degreeOfParallelism: 2)</c>.</summary>
    /// <param name="configurator">Turns the default settings into one settings object per run.</param>
    /// <param name="degreeOfParallelism">How many runs at once.</param>
    /// <param name="completeOnFailure">Start the remaining runs after one failed (the failures are thrown at the end).</param>
    /// <returns>Each run's settings and output lines.</returns>
    /// <exception cref="ProcessFailedException">A run failed.</exception>
    public static IEnumerable<(DotNetCleanSettings Settings, IReadOnlyCollection<OutputLine> Output)> DotNetClean(
        CombinatorialConfigure<DotNetCleanSettings> configurator, int degreeOfParallelism = 1, bool completeOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return SettingsCombinations.Run(configurator(new DotNetCleanSettings()), s => DotNetClean(s), degreeOfParallelism, completeOnFailure);
    }

    private static IReadOnlyCollection<OutputLine> Static<TSettings>(string caller, TSettings settings, Func<ITargetContext, TSettings, CommandResult> run) =>
        OutputLine.Of(run(CurrentTarget.Require(caller), settings));
}
