using System.Diagnostics;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Tools.DotNet;

/// <summary>The sample in a temp folder, restored and built once (through the wrappers) for all tests of a class.</summary>
public sealed class DotNetSample : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("dotnet-tools");

    public string Root => _directory.Root;

    public TimeSpan SetupDuration { get; private set; }

    public string PathOf(string relativePath) => _directory.PathOf(relativePath);

    public string Write(string relativePath, string content) => _directory.Write(relativePath, content);

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory.PathOf(".nuke"));
        foreach (var (path, content) in DotNetSampleSources.Files)
        {
            _directory.Write(path, content);
        }

        var clock = Stopwatch.StartNew();
        Run("compile").AssertExitCode(0);
        SetupDuration = clock.Elapsed;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs <see cref="DotNetSampleBuild"/> in this process with the sample as its root.</summary>
    public SampleRun Run(params string[] args)
    {
        using var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exitCode = AutomationBuild.Execute<DotNetSampleBuild>(new BuildEnvironment
        {
            Arguments = args,
            WorkingDirectory = Root,
            Output = output,
        });
        return new SampleRun(exitCode, output.ToString(), clock.Elapsed);
    }
}
