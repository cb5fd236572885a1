namespace Automation.Tests.Tools.Delegates;

/// <summary>The shape of NUKE's <c>Tool</c> delegate as builds call it.</summary>
public sealed class ToolDelegateTests
{
    [Fact]
    public void A_tool_is_called_without_arguments_as_NUKE_6_allowed()
    {
        // Kari's build (NUKE 6): annotatorTool.Invoke(workingDirectory: project.Directory);
        var calls = new List<(string Arguments, string? WorkingDirectory)>();
        global::Automation.Tool tool = (arguments, workingDirectory, _, _, _, _, _, _) =>
        {
            calls.Add((arguments.ToStringAndClear(), workingDirectory));
            return [];
        };

        tool.Invoke(workingDirectory: "/repo/src");
        tool($"run {"a b"}");

        Assert.Equal([(string.Empty, "/repo/src"), ("run \"a b\"", null)], calls);
    }
}
