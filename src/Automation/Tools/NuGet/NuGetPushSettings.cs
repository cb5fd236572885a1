using Automation.Tools;

namespace Automation;

/// <summary><c>nuget push</c>: publishes a package to a feed.</summary>
public sealed record NuGetPushSettings : NuGetSettings
{
    /// <summary>The package (<c>.nupkg</c>) to push. Required.</summary>
    public string? TargetPath { get; init; }

    /// <summary>The feed: <c>-Source</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The feed's API key: <c>-ApiKey</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The symbol feed: <c>-SymbolSource</c>.</summary>
    public string? SymbolSource { get; init; }

    /// <summary>The symbol feed's API key: <c>-SymbolApiKey</c>.</summary>
    public string? SymbolApiKey { get; init; }

    /// <summary>Do not push symbols: <c>-NoSymbols</c>.</summary>
    public bool? NoSymbols { get; init; }

    /// <summary>Seconds to wait for the push: <c>-Timeout</c>.</summary>
    public int? Timeout { get; init; }

    /// <summary>Skip a package the feed has already: <c>-SkipDuplicate</c>.</summary>
    public bool? SkipDuplicate { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add("push", TargetPath ?? throw new InvalidOperationException("NuGetPush needs the package to push: SetTargetPath(path to the .nupkg)."))
            .Option("-Source", Source).Option("-ApiKey", ApiKey).Option("-SymbolSource", SymbolSource).Option("-SymbolApiKey", SymbolApiKey)
            .Flag("-NoSymbols", NoSymbols).Option("-Timeout", Timeout).Flag("-SkipDuplicate", SkipDuplicate);
        AddCommon(arguments);
    }
}
