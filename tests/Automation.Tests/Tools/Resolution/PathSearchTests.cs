using Automation.Tests.Support;

namespace Automation.Tests.Tools.Resolution;

public sealed class PathSearchTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    [Fact]
    public void Path_directories_are_searched_in_order()
    {
        _sandbox.Write("first/tool", executable: true);
        _sandbox.Write("second/tool", executable: true);
        _sandbox.SetPath("empty", "second", "first");

        ExpectTool.Is(_sandbox.Resolve("tool"), _sandbox.At("second/tool"), "PATH");
    }

    [UnixFact("Unix file modes (the execute bit)")]
    public void On_unix_a_file_without_an_execute_bit_is_skipped()
    {
        _sandbox.Write("first/tool", executable: false);
        _sandbox.Write("second/tool", executable: true);
        _sandbox.SetPath("first", "second");

        Assert.Equal(_sandbox.At("second/tool"), _sandbox.Resolve("tool").Program);
    }

    [Fact]
    public void On_unix_windows_extensions_are_not_tried()
    {
        _sandbox.Write("bin/tool.exe", executable: true);
        _sandbox.SetPath("bin");

        Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("tool"));
    }

    [Fact]
    public void On_windows_each_pathext_extension_is_tried_in_order()
    {
        _sandbox.Windows = true;
        _sandbox.Write("a/tool.cmd");
        _sandbox.Write("b/tool.exe");
        _sandbox.Write("b/tool.com");
        _sandbox.Write("b/tool");
        _sandbox.SetPath("a", "b");

        Assert.Equal(_sandbox.At("a/tool.cmd"), _sandbox.Resolve("tool").Program);
        File.Delete(_sandbox.At("a/tool.cmd"));
        Assert.Equal(_sandbox.At("b/tool.com"), _sandbox.Resolve("tool").Program);
    }

    [Fact]
    public void On_windows_pathext_comes_from_the_environment()
    {
        _sandbox.Windows = true;
        _sandbox.Write("bin/tool.com");
        _sandbox.Write("bin/tool.ps1");
        _sandbox.SetPath("bin");
        _sandbox.Variables["PATHEXT"] = ".PS1;.COM";

        Assert.Equal(_sandbox.At("bin/tool.ps1"), _sandbox.Resolve("tool").Program);
    }

    [Fact]
    public void On_windows_a_name_with_a_known_extension_is_tried_as_it_is()
    {
        _sandbox.Windows = true;
        _sandbox.Write("bin/tool.exe");
        _sandbox.SetPath("bin");

        Assert.Equal(_sandbox.At("bin/tool.exe"), _sandbox.Resolve("tool.exe").Program);
    }

    [Fact]
    public void On_windows_path_entries_may_be_quoted_and_the_variable_name_ignores_case()
    {
        _sandbox.Windows = true;
        _sandbox.Write("my tools/Tool.EXE");
        _sandbox.Variables["Path"] = $"\"{_sandbox.At("my tools")}\";;relative";

        Assert.Equal(_sandbox.At("my tools/Tool.EXE"), _sandbox.Resolve("tool").Program);
    }

    public void Dispose() => _sandbox.Dispose();
}
