using Automation.Tests.Support;

namespace Automation.Tests.Namespaces;

/// <summary>
/// The tree <c>--list</c> and <c>--list --json</c> of a build with namespaces, compared with <c>Expected/*.expected.txt</c>
/// (<c>AUTOMATION_UPDATE_EXPECTED=1</c> rewrites them after an intended change).
/// </summary>
public sealed class NamespaceOutputTests
{
    private static string Output(params string[] args)
    {
        var run = BuildHarness.Run<NamespacedBuild>(new BuildOptions().WithDefaults<NamespacedBuild>(b => b.Site), args);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }

    [Fact]
    public void List_shows_the_tree_of_namespaces() => ExpectedFile.Match(Output("--list"), "list");

    [Fact]
    public void List_json_gives_tools_the_tree() => ExpectedFile.Match(Output("--list", "--json"), "list-json");

    [Fact]
    public void Help_of_a_namespaced_target() => ExpectedFile.Match(Output("data.db", "--help"), "data-db-help");
}
