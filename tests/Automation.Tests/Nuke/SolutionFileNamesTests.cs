namespace Automation.Tests.Nuke;

/// <summary>NUKE 10's names on the solution model: <c>Solution.FileName</c>, <c>Project.RelativePath</c> and <c>Project.FileName</c>.</summary>
public sealed class SolutionFileNamesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "automation-tests", "solution-names-" + Guid.NewGuid().ToString("N"));

    public SolutionFileNamesTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FileName_and_RelativePath_are_read_from_the_solution_file()
    {
        var path = Path.Combine(_folder, "Library.slnx");
        File.WriteAllText(path, """<Solution><Project Path="src/Library/Library.csproj" /></Solution>""");

        var solution = Solution.Read(AbsolutePath.Create(path));
        var project = solution.GetProject("Library")!;

        Assert.Equal("Library.slnx", solution.FileName);
        Assert.Equal(Path.Combine("src", "Library", "Library.csproj"), project.RelativePath);
        Assert.Equal("Library.csproj", project.FileName);
    }
}
