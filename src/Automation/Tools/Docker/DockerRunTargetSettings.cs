using System.Text;

namespace Automation;

/// <summary>
/// How a target runs in a container (NUKE's <c>DockerRunTargetSettings</c>), for <c>.DockerRun(_ =&gt; _.SetImage(…))</c>
/// on a target: the image and every <c>docker run</c> option of <see cref="DockerRunSettingsBase"/>, and what NUKE adds
/// for the run. The engine sets the entry point, the working directory, the command, <c>--rm</c> and the repository's
/// mount itself (see <see cref="DockerTargetDefinitionExtensions.DockerRun"/>).
/// </summary>
public sealed record DockerRunTargetSettings : DockerRunSettingsBase
{
    /// <summary>Pull the image before the run (<c>docker pull</c>, with the platform). Default: Docker pulls it when missing.</summary>
    public bool? PullImage { get; init; }

    /// <summary>
    /// The runtime identifier of the container (<c>linux-x64</c>, <c>linux-arm64</c>, <c>win-x64</c>): the build is
    /// published self-contained for it and runs as that executable, so the image needs no .NET. Default: none, the
    /// image's <c>dotnet</c> runs the build's assembly (the image needs the .NET runtime the build targets).
    /// </summary>
    public string? DotNetRuntime { get; init; }

    /// <summary>Reuse the self-contained build of an earlier run when it is newer than the build's assembly. Default: publish every run.</summary>
    public bool? BuildCaching { get; init; }

    /// <summary>NUKE kept its file of environment variables with this; the engine writes none (variables go by name on the command line), so there is nothing to keep.</summary>
    public bool? KeepEnvFile { get; init; }

    /// <summary>The registry user to log in as before the run (<c>docker login</c>).</summary>
    public string? Username { get; init; }

    /// <summary>The registry password: given on standard input to <c>docker login</c> and masked in all output.</summary>
    public string? Password { get; init; }

    /// <summary>The registry to log in to. Default: Docker Hub.</summary>
    public string? Server { get; init; }

    // The synthesized ToString would print the password; settings end up in logs and exception messages.
    /// <inheritdoc />
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("PullImage = ").Append(PullImage).Append(", DotNetRuntime = ").Append(DotNetRuntime)
            .Append(", BuildCaching = ").Append(BuildCaching).Append(", KeepEnvFile = ").Append(KeepEnvFile)
            .Append(", Server = ").Append(Server).Append(", Username = ").Append(Username)
            .Append(", Password = ").Append(Password is null ? null : "***");
        return true;
    }
}
