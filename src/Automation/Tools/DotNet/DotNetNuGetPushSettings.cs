using System.Text;
using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// Settings of <c>dotnet nuget push</c>, for <see cref="DotNetTasks.DotNetNuGetPush(ITargetContext, Func{DotNetNuGetPushSettings, DotNetNuGetPushSettings})"/>. The API keys are registered as
/// secrets before the command runs, so they are masked in the echoed command and all output; <see cref="object.ToString"/> masks them too.
/// </summary>
public sealed record DotNetNuGetPushSettings : DotNetSettings
{
    /// <summary>The package to push: a path, or a glob such as <c>artifacts/*.nupkg</c>. Required.</summary>
    public string? Package { get; init; }

    /// <summary>The feed: a URL, a folder, or a source name from NuGet.Config (<c>--source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The feed's API key (<c>--api-key</c>); masked in all output.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The symbol server (<c>--symbol-source</c>).</summary>
    public string? SymbolSource { get; init; }

    /// <summary>The symbol server's API key (<c>--symbol-api-key</c>); masked in all output.</summary>
    public string? SymbolApiKey { get; init; }

    /// <summary>Succeed when the version is already on the feed (<c>--skip-duplicate</c>); makes re-runs safe.</summary>
    public bool SkipDuplicate { get; init; }

    /// <summary>Do not push a symbols package found next to the package (<c>--no-symbols</c>).</summary>
    public bool NoSymbols { get; init; }

    /// <summary>The push timeout, sent in whole seconds (<c>--timeout</c>); NuGet's default is 5 minutes.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Stream the package instead of buffering it (<c>--disable-buffering</c>).</summary>
    public bool DisableBuffering { get; init; }

    /// <summary>Do not append <c>api/v2/package</c> to the source URL (<c>--no-service-endpoint</c>).</summary>
    public bool NoServiceEndpoint { get; init; }

    /// <summary>Allow an <c>http://</c> source (<c>--allow-insecure-connections</c>).</summary>
    public bool AllowInsecureConnections { get; init; }

    /// <summary>The NuGet configuration file (<c>--configfile</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Allow the command to stop for authentication (<c>--interactive</c>).</summary>
    public bool Interactive { get; init; }

    /// <summary>Write messages in English whatever the culture (<c>--force-english-output</c>).</summary>
    public bool ForceEnglishOutput { get; init; }

    private protected override void AddArguments(DotNetArguments arguments) => arguments
        .Add("nuget", "push", string.IsNullOrEmpty(Package) ? throw new InvalidOperationException($"{nameof(DotNetNuGetPushSettings)}.{nameof(Package)} is required: the package to push.") : Package)
        .Option("--source", Source)
        .Option("--api-key", ApiKey)
        .Option("--symbol-source", SymbolSource)
        .Option("--symbol-api-key", SymbolApiKey)
        .Flag("--skip-duplicate", SkipDuplicate)
        .Flag("--no-symbols", NoSymbols)
        .Option("--timeout", Timeout is { } timeout ? (long)Math.Ceiling(timeout.TotalSeconds) : null)
        .Flag("--disable-buffering", DisableBuffering)
        .Flag("--no-service-endpoint", NoServiceEndpoint)
        .Flag("--allow-insecure-connections", AllowInsecureConnections)
        .Option("--configfile", ConfigFile)
        .Flag("--interactive", Interactive)
        .Flag("--force-english-output", ForceEnglishOutput);

    // The synthesized ToString would print the keys; settings end up in logs and exception messages.
    /// <inheritdoc />
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("Package = ").Append(Package).Append(", Source = ").Append(Source)
            .Append(", ApiKey = ").Append(Mask(ApiKey)).Append(", SymbolSource = ").Append(SymbolSource)
            .Append(", SymbolApiKey = ").Append(Mask(SymbolApiKey)).Append(", SkipDuplicate = ").Append(SkipDuplicate);
        return true;
    }

    /// <summary>The text settings print for a secret: <c>***</c> when set.</summary>
    internal static string? Mask(string? secret) => string.IsNullOrEmpty(secret) ? secret : "***";
}
