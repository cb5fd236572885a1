using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// Typed <c>dotnet</c> commands for target actions: <c>ctx.DotNetBuild(s =&gt; s with { Configuration = "Release" })</c>.
/// Each starts a default settings record, lets <c>configure</c> change it, and runs the command through
/// <see cref="ITargetContext.Run(string, IEnumerable{string}, RunOptions)"/>: echoed (secrets masked), output streamed
/// into the target's group, <see cref="ProcessFailedException"/> on failure, and only echoed in a dry run.
/// </summary>
public static partial class DotNetTasks
{
    /// <summary>Runs <c>dotnet</c> with arguments as they are, with the same <c>dotnet</c> as the typed commands.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="arguments">The arguments, e.g. <c>["tool", "run", "dotnet-ef", "--version"]</c>.</param>
    /// <param name="options">How to run it.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNet(this ITargetContext context, IEnumerable<string> arguments, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Run(context.ResolveTool("dotnet").Program, arguments, options);
    }

    /// <summary>Runs <c>dotnet restore</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Project = solution, LockedMode = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetRestore(this ITargetContext context, Func<DotNetRestoreSettings, DotNetRestoreSettings>? configure = null) =>
        Run(context, new DotNetRestoreSettings(), configure);

    /// <summary>Runs <c>dotnet build</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Project = solution, Configuration = "Release", NoRestore = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetBuild(this ITargetContext context, Func<DotNetBuildSettings, DotNetBuildSettings>? configure = null) =>
        Run(context, new DotNetBuildSettings(), configure);

    /// <summary>Runs <c>dotnet test</c>. Failing tests fail the command; add a logger (<c>trx</c>) to read the results.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { NoBuild = true, Loggers = ["trx"], ResultsDirectory = dir }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetTest(this ITargetContext context, Func<DotNetTestSettings, DotNetTestSettings>? configure = null) =>
        Run(context, new DotNetTestSettings(), configure);

    /// <summary>Runs <c>dotnet pack</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Output = packages, PackageVersion = version }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetPack(this ITargetContext context, Func<DotNetPackSettings, DotNetPackSettings>? configure = null) =>
        Run(context, new DotNetPackSettings(), configure);

    /// <summary>Runs <c>dotnet publish</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Project = app, Runtime = "linux-x64", Output = dir }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetPublish(this ITargetContext context, Func<DotNetPublishSettings, DotNetPublishSettings>? configure = null) =>
        Run(context, new DotNetPublishSettings(), configure);

    /// <summary>Runs <c>dotnet nuget push</c>, first registering the API keys as secrets so no output shows them.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Sets at least the package, e.g. <c>s =&gt; s with { Package = path, Source = url, ApiKey = key, SkipDuplicate = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetNuGetPush(this ITargetContext context, Func<DotNetNuGetPushSettings, DotNetNuGetPushSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configure);
        var settings = configure(new DotNetNuGetPushSettings());
        RegisterSecrets(context, settings.ApiKey, settings.SymbolApiKey);
        return Run(context, settings);
    }

    /// <summary>Runs <c>dotnet nuget add source</c>, first registering the password as a secret so no output shows it.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Sets at least the source, e.g. <c>s =&gt; s with { Source = url, Name = "internal" }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetNuGetAddSource(this ITargetContext context, Func<DotNetNuGetAddSourceSettings, DotNetNuGetAddSourceSettings> configure)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configure);
        var settings = configure(new DotNetNuGetAddSourceSettings());
        RegisterSecrets(context, settings.Password);
        return Run(context, settings);
    }

    /// <summary>Runs <c>dotnet format</c>; with <see cref="DotNetFormatSettings.VerifyNoChanges"/> it fails when a file would change.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Project = solution, VerifyNoChanges = true }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetFormat(this ITargetContext context, Func<DotNetFormatSettings, DotNetFormatSettings>? configure = null) =>
        Run(context, new DotNetFormatSettings(), configure);

    /// <summary>Runs <c>dotnet tool restore</c> for the repository's local tools.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetToolRestore(this ITargetContext context, Func<DotNetToolRestoreSettings, DotNetToolRestoreSettings>? configure = null) =>
        Run(context, new DotNetToolRestoreSettings(), configure);

    /// <summary>Runs <c>dotnet run</c>: builds and starts a project; <see cref="DotNetRunSettings.ApplicationArguments"/> go to the program.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Project = tool, ApplicationArguments = ["--check"] }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetRun(this ITargetContext context, Func<DotNetRunSettings, DotNetRunSettings>? configure = null) =>
        Run(context, new DotNetRunSettings(), configure);

    /// <summary>Runs <c>dotnet clean</c>.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="configure">Changes the default settings, e.g. <c>s =&gt; s with { Project = solution, Configuration = "Release" }</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult DotNetClean(this ITargetContext context, Func<DotNetCleanSettings, DotNetCleanSettings>? configure = null) =>
        Run(context, new DotNetCleanSettings(), configure);

    private static void RegisterSecrets(ITargetContext context, params string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            // A key too short to be masked is no credential (feeds that ignore the key take any text, such as "az").
            if (!string.IsNullOrEmpty(secret) && !Core.SecretMasker.IsTooShort(secret))
            {
                context.Secret(secret);
            }
        }
    }

    private static CommandResult Run<TSettings>(ITargetContext context, TSettings defaults, Func<TSettings, TSettings>? configure)
        where TSettings : DotNetSettings
    {
        ArgumentNullException.ThrowIfNull(context);
        return Run(context, configure is null ? defaults : configure(defaults));
    }

    private static CommandResult Run(ITargetContext context, DotNetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings, "configure");
        settings = DotNetVerbosityDefault.Apply(settings);
        return context.Run(context.ResolveTool("dotnet", settings.ToolPath).Program, settings.ToArguments(), settings.ToRunOptions());
    }
}
