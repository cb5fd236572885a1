using Automation.Cli.Setup.Porting;

namespace Automation.Tests.Porting;

public class PortDiagnosticsTests
{
    private const string Output = """
        /repo/build/Build.cs(12,6): error CS0246: The type or namespace name 'CheckBuildProjectConfigurations' could not be found (are you missing a using directive or an assembly reference?) [/repo/build/_build.csproj]
        /repo/build/Build.cs(30,9): error CS0103: The name 'HelmTasks' does not exist in the current context [/repo/build/_build.csproj]
        /repo/build/Build.Ci.cs(4,2): error CS0246: The type or namespace name 'CheckBuildProjectConfigurations' could not be found (are you missing a using directive or an assembly reference?) [/repo/build/_build.csproj]
        /repo/build/Build.cs(12,6): error CS0246: The type or namespace name 'CheckBuildProjectConfigurations' could not be found (are you missing a using directive or an assembly reference?) [/repo/build/_build.csproj]
        /repo/build/Build.cs(40,20): error CS0117: 'DotNetTasks' does not contain a definition for 'DotNetFancy' [/repo/build/_build.csproj]
        /repo/build/Build.cs(41,20): warning CS0618: 'X' is obsolete [/repo/build/_build.csproj]
        """;

    [Fact]
    public void Errors_group_by_code_and_name_counting_repeats_once_with_the_hint_where_known()
    {
        var diagnostics = PortDiagnostics.Parse(Output, AbsolutePath.Create("/repo"));

        Assert.Equal(4, diagnostics.ErrorCount);
        var first = diagnostics.Groups[0];
        Assert.Equal(("CS0246", "CheckBuildProjectConfigurations", 2, "build/Build.Ci.cs:4"), (first.Code, first.Subject, first.Count, first.FirstLocation));
        Assert.Equal("remove the attribute: the engine checks nothing of the kind", first.Hint);
        Assert.Contains(diagnostics.Groups, g => g.Subject == "DotNetFancy" && g.Hint is null);
        Assert.Contains(diagnostics.Groups, g => g.Subject == "HelmTasks" && g.Hint is not null);
    }

    [Fact]
    public void The_description_lists_each_kind_with_its_hint_and_counts_what_it_leaves_out()
    {
        var lines = PortDiagnostics.Parse(Output, AbsolutePath.Create("/repo")).Describe(limit: 2).ToList();

        Assert.Equal(3, lines.Count);
        Assert.StartsWith("  CS0246 ×2 (build/Build.Ci.cs:4): The type or namespace name 'CheckBuildProjectConfigurations' could not be found", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("→ remove the attribute: the engine checks nothing of the kind", lines[0], StringComparison.Ordinal);
        Assert.Equal("  … and 1 more kind (1 error): ./build.sh shows them all.", lines[2]);
    }

    [Fact]
    public void A_clean_build_has_no_errors()
    {
        Assert.Equal(0, PortDiagnostics.Parse("Build succeeded.\n", AbsolutePath.Create("/repo")).ErrorCount);
    }

    [Fact]
    public void A_type_missing_from_a_namespace_is_about_the_type_not_the_namespace()
    {
        const string output = """
            /repo/build/Build.Helm.cs(3,25): error CS0234: The type or namespace name 'HelmTasks' does not exist in the namespace 'Automation' (are you missing an assembly reference?) [/repo/build/_build.csproj]
            /repo/build/GlobalUsings.cs(3,32): error CS0234: The type or namespace name 'DotMemoryUnitTasks' does not exist in the namespace 'Automation' (are you missing an assembly reference?) [/repo/build/_build.csproj]
            /repo/build/Build.cs(1,17): error CS0234: The type or namespace name 'Build' does not exist in the namespace 'Microsoft' (are you missing an assembly reference?) [/repo/build/_build.csproj]
            """;

        var diagnostics = PortDiagnostics.Parse(output, AbsolutePath.Create("/repo"));

        Assert.Equal(["Build", "DotMemoryUnitTasks", "HelmTasks"], diagnostics.Groups.Select(g => g.Subject).Order(StringComparer.Ordinal));
        Assert.Contains("Microsoft.Build", diagnostics.Groups.Single(g => g.Subject == "Build").Hint, StringComparison.Ordinal);
        Assert.Contains("[PathVariable]", diagnostics.Groups.Single(g => g.Subject == "HelmTasks").Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_restore_counts_each_package_once_and_says_the_compiler_has_not_run()
    {
        const string output = """
            /repo/build/_build.csproj : error NU1102: Unable to find package GitVersion.Tool with version (= 6.1.0)
            /repo/build/_build.csproj : error NU1102:   - Found 3 version(s) in nuget.org [ Nearest version: 6.8.2 ]
            /repo/build/_build.csproj : error NU1101: Unable to find package CodecovUploader. No packages exist with this id in source(s): nuget.org
            """;

        var diagnostics = PortDiagnostics.Parse(output, AbsolutePath.Create("/repo"));

        Assert.Equal(2, diagnostics.ErrorCount);
        Assert.True(diagnostics.RestoreFailed);
        Assert.False(PortDiagnostics.Parse(Output, AbsolutePath.Create("/repo")).RestoreFailed);
    }
}
