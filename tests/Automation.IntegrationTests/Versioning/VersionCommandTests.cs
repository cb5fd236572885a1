using System.Diagnostics;
using System.Text.Json;

namespace Automation.IntegrationTests.Versioning;

/// <summary><c>automation :version</c>, run as the real tool in a child process.</summary>
public sealed class VersionCommandTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Automation.Cli.dll");

    [Fact]
    public void Json_has_gitversion_variables_as_a_flat_sorted_object()
    {
        using var repository = VersioningRepository.Create();
        repository.TaggedCommit("1.2.0");
        repository.Commits(2);
        var expected = repository.Calculate();

        var (exitCode, output, _) = Automation(repository.Root, ":version", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(expected.FullSemVer, json.RootElement.GetProperty("FullSemVer").GetString());
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("Major").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("BuildMetaData").ValueKind);
    }

    [Fact]
    public void Plain_output_is_the_full_semver_and_show_variable_prints_one_variable()
    {
        using var repository = VersioningRepository.Create();
        repository.TaggedCommit("2.0.0");
        repository.Commit();

        Assert.Equal((0, "2.0.1-1\n"), Trim(Automation(repository.Root, ":version")));
        Assert.Equal((0, "2.0.1\n"), Trim(Automation(Path.GetTempPath(), ":version", "--repo", repository.Root, "--show-variable", "MajorMinorPatch")));
    }

    [Fact]
    public void Outside_a_repository_and_for_an_unknown_variable_it_is_exit_code_2_with_a_message()
    {
        using var repository = VersioningRepository.Create();
        repository.Commit();
        var outside = Directory.CreateTempSubdirectory("automation-not-a-repo-").FullName;

        var notRepository = Automation(outside, ":version");
        var unknown = Automation(repository.Root, ":version", "--show-variable", "Nope");

        Assert.Equal(2, notRepository.ExitCode);
        Assert.Contains("is not a git repository", notRepository.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("there is no variable 'Nope'", unknown.Error, StringComparison.Ordinal);
        Directory.Delete(outside);
    }

    private static (int ExitCode, string Output) Trim((int ExitCode, string Output, string Error) result) =>
        (result.ExitCode, result.Output.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static (int ExitCode, string Output, string Error) Automation(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"automation {string.Join(' ', arguments)} did not end within 30 s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
