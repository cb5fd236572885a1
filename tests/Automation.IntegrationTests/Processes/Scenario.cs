using System.Collections.Concurrent;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// One test's repository (a temp directory with <c>.nuke/</c>) and what its build's actions recorded. The build code
/// reaches it through <see cref="Current"/>, which flows with the async context into the in-process build.
/// </summary>
public sealed class Scenario : IDisposable
{
    private static readonly AsyncLocal<Scenario?> Active = new();

    private readonly TempDirectory _directory = new("processes");

    public Scenario()
    {
        Directory.CreateDirectory(_directory.PathOf(".nuke"));
        Active.Value = this;
    }

    public static Scenario Current => Active.Value ?? throw new InvalidOperationException("No Scenario was created in this test.");

    public string Root => _directory.Root;

    public string LogPath => PathOf(Path.Combine(".nuke", "temp", "build.log"));

    /// <summary>Commands' results, in the order the actions recorded them.</summary>
    public ConcurrentQueue<CommandResult> Results { get; } = new();

    /// <summary>Exceptions the actions caught and recorded.</summary>
    public ConcurrentQueue<Exception> Failures { get; } = new();

    public string PathOf(string relativePath) => _directory.PathOf(relativePath);

    public string Write(string relativePath, string content) => _directory.Write(relativePath, content);

    public CommandResult Record(CommandResult result)
    {
        Results.Enqueue(result);
        return result;
    }

    /// <summary>Runs <paramref name="action"/>, recording (and swallowing) the exception it must throw.</summary>
    public void RecordFailure(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            Failures.Enqueue(exception);
            return;
        }

        throw new InvalidOperationException("The command was expected to fail but did not.");
    }

    public CommandResult SingleResult() => Assert.Single(Results);

    public T SingleFailure<T>()
        where T : Exception => Assert.IsType<T>(Assert.Single(Failures));

    public void Dispose() => _directory.Dispose();
}
