namespace Automation.Session;

/// <summary>What a running build instance knows about its invocation.</summary>
internal sealed record BuildState(AbsolutePath Root, bool IsDryRun, Verbosity Verbosity, string HostName, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The build class.</summary>
    public Type? BuildType { get; init; }

    /// <summary>The part given with <c>--partition</c>, which wins over the CI system's; null when not given.</summary>
    public Partition? Partition { get; init; }
}
