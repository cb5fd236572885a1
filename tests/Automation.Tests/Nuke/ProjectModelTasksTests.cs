namespace Automation.Tests.Nuke;

/// <summary>NUKE's <c>ProjectModelTasks</c>: a solution read outside injection, and a clear error for a glob that found none.</summary>
public sealed class ProjectModelTasksTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "automation-tests", "project-model-" + Guid.NewGuid().ToString("N"));

    public ProjectModelTasksTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ParseSolution_reads_the_solution_file()
    {
        var path = Path.Combine(_folder, "App.slnx");
        File.WriteAllText(path, """<Solution><Project Path="src/App/App.csproj" /></Solution>""");
        ProjectModelTasks.Initialize();

        var solution = ProjectModelTasks.ParseSolution(AbsolutePath.Create(path));

        Assert.Equal(path, (string?)solution);
        Assert.Equal(["App"], solution.AllProjects.Select(p => p.Name));
    }

    [Fact]
    public void ReadSolution_reads_the_solution_file_at_a_path()
    {
        var path = Path.Combine(_folder, "Tools.slnx");
        File.WriteAllText(path, """<Solution><Project Path="src/Cli/Cli.csproj" /><Project Path="src/Core/Core.csproj" /></Solution>""");

        Assert.Equal(["Cli", "Core"], AbsolutePath.Create(path).ReadSolution().AllProjects.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ParseSolution_of_nothing_says_the_glob_found_no_solution()
    {
        var empty = AbsolutePath.Create(_folder).GlobFiles("*.sln").FirstOrDefault();

        var error = Assert.Throws<InvalidOperationException>(() => ProjectModelTasks.ParseSolution(empty));

        Assert.Contains("given no solution file", error.Message, StringComparison.Ordinal);
    }
}
