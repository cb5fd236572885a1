using System.Text;
using Automation.Tools;

namespace Automation;

/// <summary>
/// Settings of <c>docker login</c> (NUKE's <c>DockerLoginSettings</c>). The password is not put on the command line,
/// where other processes could read it: it is given on standard input (<c>--password-stdin</c>) and registered as a
/// secret, so no output shows it; <see cref="object.ToString"/> masks it too.
/// </summary>
public sealed record DockerLoginSettings : DockerSettings
{
    /// <summary>The registry (default: Docker Hub).</summary>
    public string? Server { get; init; }

    /// <summary>The user name: <c>--username</c>.</summary>
    public string? Username { get; init; }

    /// <summary>The password or access token, given on standard input (<c>--password-stdin</c>).</summary>
    public string? Password { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["login"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments
        .Option("--username", Username)
        .Flag("--password-stdin", !string.IsNullOrEmpty(Password))
        .Add(Server);

    /// <summary>The run options with the password as standard input.</summary>
    internal RunOptions WithPasswordInput(RunOptions options) =>
        string.IsNullOrEmpty(Password) ? options : options with { StandardInput = Password };

    // The synthesized ToString would print the password; settings end up in logs and exception messages.
    /// <inheritdoc />
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("Server = ").Append(Server).Append(", Username = ").Append(Username)
            .Append(", Password = ").Append(Password is null ? null : "***");
        return true;
    }
}
