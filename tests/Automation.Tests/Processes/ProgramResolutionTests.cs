using Automation.Processes;
using Automation.Tests.Support;

namespace Automation.Tests.Processes;

/// <summary>
/// Which file a command starts, as a shell would pick it: a relative path from the command's directory, a bare name on
/// the PATH the command gets (nothing is started here).
/// </summary>
public sealed class ProgramResolutionTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private CommandScope Scope => new(AbsolutePath.Create(_repository.Root), new Dictionary<string, string?>());

    [Fact]
    public void Relative_path_is_taken_from_the_working_directory()
    {
        var directory = Path.Combine(_repository.Root, "sub");

        var info = ProcessStart.Create("./tools/run.sh", [], directory, new RunOptions(), Scope);

        Assert.Equal(Path.Combine(directory, "tools", "run.sh"), info.FileName);
    }

    [Fact]
    public void Absolute_path_is_kept()
    {
        var program = Path.Combine(_repository.Root, "tool");

        Assert.Equal(program, ProcessStart.Create(program, [], Path.GetTempPath(), new RunOptions(), Scope).FileName);
    }

    [UnixFact("the execute bit decides which file on PATH is a program")]
    public void Name_on_the_PATH_of_the_scope_is_started_from_there()
    {
        var tool = Executable("bin/my-tool", UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var scope = Scope.WithVariables(new Dictionary<string, string?> { ["PATH"] = $"/nonexistent{Path.PathSeparator}{Path.GetDirectoryName(tool)}" });

        Assert.Equal(tool, ProcessStart.Create("my-tool", [], _repository.Root, new RunOptions(), scope).FileName);
    }

    [UnixFact("the execute bit decides which file on PATH is a program")]
    public void File_on_the_PATH_that_is_not_executable_is_passed_over()
    {
        var first = Executable("first/my-tool", UnixFileMode.UserRead);
        var second = Executable("second/my-tool", UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var options = new RunOptions { Environment = new Dictionary<string, string?> { ["PATH"] = $"{Path.GetDirectoryName(first)}{Path.PathSeparator}{Path.GetDirectoryName(second)}" } };

        Assert.Equal(second, ProcessStart.Create("my-tool", [], _repository.Root, options, Scope).FileName);
    }

    [Fact]
    public void Name_is_left_to_Process_Start_on_the_builds_own_PATH_or_when_not_on_the_given_one()
    {
        var other = new RunOptions { Environment = new Dictionary<string, string?> { ["PATH"] = "/nonexistent" } };

        Assert.Equal("sh", ProcessStart.Create("sh", [], _repository.Root, new RunOptions(), Scope).FileName);
        Assert.Equal("sh", ProcessStart.Create("sh", [], _repository.Root, other, Scope).FileName);
    }

    public void Dispose() => _repository.Dispose();

    private string Executable(string relativePath, UnixFileMode mode)
    {
        _repository.WriteFile(relativePath, "#!/bin/sh\n");
        var path = Path.Combine(_repository.Root, relativePath);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }

        return path;
    }
}
