using System.Text;
using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// Settings of <c>dotnet nuget add source</c> (NUKE's <c>DotNetNuGetAddSourceSettings</c>), which adds a package source
/// to a NuGet.Config: <c>DotNetNuGetAddSource(s =&gt; s.SetName("internal").SetSource(url))</c>. The password is registered
/// as a secret before the command runs, so it is masked in the echoed command and all output; <see cref="object.ToString"/>
/// masks it too.
/// </summary>
public sealed record DotNetNuGetAddSourceSettings : DotNetSettings
{
    /// <summary>The source: a feed URL or a folder. Required.</summary>
    public string? Source { get; init; }

    /// <summary>Its name in NuGet.Config (<c>--name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The user for an authenticated feed (<c>--username</c>).</summary>
    public string? Username { get; init; }

    /// <summary>The password or token for an authenticated feed (<c>--password</c>); masked in all output.</summary>
    public string? Password { get; init; }

    /// <summary>Store the password unencrypted, needed where NuGet cannot encrypt it (Linux, macOS) (<c>--store-password-in-clear-text</c>).</summary>
    public bool StorePasswordInClearText { get; init; }

    /// <summary>The authentication types the credentials are valid for (<c>basic</c>, <c>negotiate</c>, …) (<c>--valid-authentication-types</c>, comma separated).</summary>
    public IReadOnlyList<string> ValidAuthenticationTypes { get; init; } = [];

    /// <summary>The NuGet configuration file to change (<c>--configfile</c>); default: the user's.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Allow an <c>http://</c> source (<c>--allow-insecure-connections</c>).</summary>
    public bool AllowInsecureConnections { get; init; }

    private protected override void AddArguments(DotNetArguments arguments) => arguments
        .Add("nuget", "add", "source", string.IsNullOrEmpty(Source) ? throw new InvalidOperationException($"{nameof(DotNetNuGetAddSourceSettings)}.{nameof(Source)} is required: the feed URL or folder to add.") : Source)
        .Option("--name", Name)
        .Option("--username", Username)
        .Option("--password", Password)
        .Flag("--store-password-in-clear-text", StorePasswordInClearText)
        .Option("--valid-authentication-types", ValidAuthenticationTypes.Count == 0 ? null : string.Join(',', ValidAuthenticationTypes))
        .Option("--configfile", ConfigFile)
        .Flag("--allow-insecure-connections", AllowInsecureConnections);

    // The synthesized ToString would print the password; settings end up in logs and exception messages.
    /// <inheritdoc />
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("Source = ").Append(Source).Append(", Name = ").Append(Name).Append(", Username = ").Append(Username)
            .Append(", Password = ").Append(string.IsNullOrEmpty(Password) ? Password : "***").Append(", ConfigFile = ").Append(ConfigFile);
        return true;
    }
}
