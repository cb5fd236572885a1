using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Resolution;

public sealed class EnvironmentOverrideTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    [Theory]
    [InlineData("reportgenerator", "REPORTGENERATOR_EXE")]
    [InlineData("dotnet-coverage", "DOTNET_COVERAGE_EXE")]
    [InlineData("my.tool-x", "MY_TOOL_X_EXE")]
    public void The_variable_is_the_upper_cased_name_with_dashes_and_dots_as_underscores(string tool, string variable)
    {
        Assert.Equal(variable, ToolEnvironment.OverrideVariable(tool));
    }

    [Fact]
    public void The_override_is_used_when_it_names_a_file()
    {
        _sandbox.Variables["DOTNET_COVERAGE_EXE"] = _sandbox.Write("tools/dotnet-coverage", executable: true);

        var tool = _sandbox.Resolve("dotnet-coverage");

        ExpectTool.Is(tool, _sandbox.At("tools/dotnet-coverage"), "DOTNET_COVERAGE_EXE");
    }

    [Fact]
    public void A_relative_override_is_relative_to_the_repository_root()
    {
        _sandbox.Write("repo/tools/reportgenerator", executable: true);
        _sandbox.Variables["REPORTGENERATOR_EXE"] = Path.Combine("tools", "reportgenerator");

        Assert.Equal(_sandbox.At("repo/tools/reportgenerator"), _sandbox.Resolve("reportgenerator").Program);
    }

    [Fact]
    public void An_override_pointing_nowhere_is_an_error_naming_the_variable()
    {
        _sandbox.Write("bin/reportgenerator", executable: true);
        _sandbox.SetPath("bin");
        _sandbox.Variables["REPORTGENERATOR_EXE"] = "/nonexistent/reportgenerator";

        var exception = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("reportgenerator"));

        Assert.Contains("REPORTGENERATOR_EXE is set to '/nonexistent/reportgenerator', but no file exists", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Correct or unset REPORTGENERATOR_EXE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_override_counts_as_unset()
    {
        _sandbox.Write("bin/reportgenerator", executable: true);
        _sandbox.SetPath("bin");
        _sandbox.Variables["REPORTGENERATOR_EXE"] = string.Empty;

        Assert.Equal("PATH", _sandbox.Resolve("reportgenerator").Source);
    }

    [Fact]
    public void On_windows_the_variable_name_ignores_case()
    {
        _sandbox.Windows = true;
        _sandbox.Variables["ReportGenerator_Exe"] = _sandbox.Write("tools/rg.exe");

        Assert.Equal(_sandbox.At("tools/rg.exe"), _sandbox.Resolve("reportgenerator").Program);
    }

    public void Dispose() => _sandbox.Dispose();
}
