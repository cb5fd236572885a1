namespace Automation;

/// <summary>How to run a command from a target.</summary>
public sealed record RunOptions
{
    /// <summary>Where the command runs; default: the repository root.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to (or, with a null value, removed from) the inherited environment.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }
}
