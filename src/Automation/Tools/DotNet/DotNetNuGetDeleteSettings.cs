using System.Text;
using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// Settings of <c>dotnet nuget delete</c> (deletes or, on nuget.org, unlists a package version), for
/// <see cref="DotNetTasks.DotNetNuGetDelete(ITargetContext, Func{DotNetNuGetDeleteSettings, DotNetNuGetDeleteSettings})"/>.
/// The API key is registered as a secret before the command runs, so it is masked in the echoed command and all
/// output; <see cref="object.ToString"/> masks it too.
/// </summary>
public sealed record DotNetNuGetDeleteSettings : DotNetSettings
{
    /// <summary>The package id. Required.</summary>
    public string? PackageId { get; init; }

    /// <summary>The version to delete. Required.</summary>
    public string? PackageVersion { get; init; }

    /// <summary>The feed: a URL, a folder, or a source name from NuGet.Config (<c>--source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The feed's API key (<c>--api-key</c>); masked in all output.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Do not ask for confirmation (<c>--non-interactive</c>); without it the command waits for a yes.</summary>
    public bool NonInteractive { get; init; }

    /// <summary>Do not append <c>api/v2/package</c> to the source URL (<c>--no-service-endpoint</c>).</summary>
    public bool NoServiceEndpoint { get; init; }

    /// <summary>Allow the command to stop for authentication (<c>--interactive</c>).</summary>
    public bool Interactive { get; init; }

    /// <summary>Write messages in English whatever the culture (<c>--force-english-output</c>).</summary>
    public bool ForceEnglishOutput { get; init; }

    private protected override void AddArguments(DotNetArguments arguments) => arguments
        .Add("nuget", "delete", Required(PackageId, nameof(PackageId), "the package id"), Required(PackageVersion, nameof(PackageVersion), "the version to delete"))
        .Option("--source", Source)
        .Option("--api-key", ApiKey)
        .Flag("--non-interactive", NonInteractive)
        .Flag("--no-service-endpoint", NoServiceEndpoint)
        .Flag("--interactive", Interactive)
        .Flag("--force-english-output", ForceEnglishOutput);

    // The synthesized ToString would print the key; settings end up in logs and exception messages.
    /// <inheritdoc />
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("PackageId = ").Append(PackageId).Append(", PackageVersion = ").Append(PackageVersion)
            .Append(", Source = ").Append(Source).Append(", ApiKey = ").Append(DotNetNuGetPushSettings.Mask(ApiKey))
            .Append(", NonInteractive = ").Append(NonInteractive);
        return true;
    }

    private static string Required(string? value, string property, string meaning) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"{nameof(DotNetNuGetDeleteSettings)}.{property} is required: {meaning}.") : value;
}
