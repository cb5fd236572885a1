using Automation.Tools;

namespace Automation;

/// <summary>
/// What every <c>docker</c> command's settings have (NUKE's <c>DockerOptionsBase</c>): the CLI's global options, which
/// go before the command (<c>docker --config … build …</c>), and <see cref="ToolSettings"/>.
/// </summary>
public abstract record DockerSettings : ToolSettings
{
    // Only this assembly derives: each command renders its own arguments.
    private protected DockerSettings()
    {
    }

    /// <summary>Where the CLI's configuration (credentials, contexts) is: <c>--config</c>.</summary>
    public string? Config { get; init; }

    /// <summary>How much the CLI logs (<c>debug</c>, <c>info</c>, <c>warn</c>, <c>error</c>, <c>fatal</c>): <c>--log-level</c>.</summary>
    public string? LogLevel { get; init; }

    /// <summary>Debug output: <c>--debug</c>.</summary>
    public bool Debug { get; init; }

    /// <summary>Talk to the daemon over TLS: <c>--tls</c>.</summary>
    public bool TLS { get; init; }

    /// <summary>TLS, verifying the daemon's certificate: <c>--tlsverify</c>.</summary>
    public bool TLSVerify { get; init; }

    /// <summary>The CA certificate the daemon's must be signed by: <c>--tlscacert</c>.</summary>
    public string? TLSCaCert { get; init; }

    /// <summary>The client's TLS certificate: <c>--tlscert</c>.</summary>
    public string? TLSCert { get; init; }

    /// <summary>The client's TLS key: <c>--tlskey</c>.</summary>
    public string? TLSKey { get; init; }

    /// <summary>The command's words (<c>build</c>, <c>image push</c>).</summary>
    private protected abstract IReadOnlyList<string> CommandWords { get; }

    private protected sealed override void AddArguments(ToolArguments arguments)
    {
        arguments
            .Option("--config", Config)
            .Option("--log-level", LogLevel)
            .Flag("--debug", Debug)
            .Flag("--tls", TLS)
            .Flag("--tlsverify", TLSVerify)
            .Option("--tlscacert", TLSCaCert)
            .Option("--tlscert", TLSCert)
            .Option("--tlskey", TLSKey)
            .Add([.. CommandWords]);
        AddCommandArguments(arguments);
    }

    /// <summary>Adds the command's options and operands.</summary>
    private protected abstract void AddCommandArguments(ToolArguments arguments);

    /// <summary>A required operand's value, or a message naming the setting.</summary>
    private protected string Required(string? value, string setting, string what) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"{GetType().Name}.{setting} is required: {what}.") : value;
}
