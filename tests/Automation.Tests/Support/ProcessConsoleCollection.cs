namespace Automation.Tests.Support;

/// <summary>
/// Tests that read what targets write to <see cref="Console"/>: the console is one per process, and every build running
/// in parallel test classes swaps its writers for the build's lifetime, so these run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessConsoleCollection
{
    public const string Name = "process console";
}
