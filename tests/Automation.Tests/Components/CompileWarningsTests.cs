using Automation.Components;

namespace Automation.Tests.Components;

/// <summary><see cref="ICompile.WarningsAsErrors"/> and the warning count a compile notes when warnings do not fail it.</summary>
public sealed class CompileWarningsTests
{
    private sealed class Compiled : AutomationBuild, ICompile;

    private sealed class Linted : AutomationBuild, ILint;

    private sealed class LintedWithWarnings : AutomationBuild, ILint
    {
        bool ICompile.WarningsAsErrors => false;
    }

    [Fact]
    public void Warnings_are_errors_by_default_only_when_the_build_lints()
    {
        Assert.False(((ICompile)new Compiled()).WarningsAsErrors);
        Assert.True(((ICompile)new Linted()).WarningsAsErrors);
        Assert.False(((ICompile)new LintedWithWarnings()).WarningsAsErrors);
    }

    [Fact]
    public void Compile_properties_ask_for_warnings_as_errors_only_when_warnings_are_errors()
    {
        Assert.Equal("true", ((ICompile)new Linted()).CompileProperties["TreatWarningsAsErrors"]);
        Assert.False(((ICompile)new LintedWithWarnings()).CompileProperties.ContainsKey("TreatWarningsAsErrors"));
        Assert.False(((ICompile)new Compiled()).CompileProperties.ContainsKey("TreatWarningsAsErrors"));
    }

    [Fact]
    public void Each_distinct_warning_counts_once_by_code()
    {
        // MSBuild prints each warning while building and again in its summary, and once per target framework.
        string[] warnings =
        [
            "/repo/src/A.cs(3,14): warning CA1515: Because an application's API isn't typically referenced ... [/repo/src/App.csproj::TargetFramework=net8.0]",
            "/repo/src/A.cs(3,14): warning CA1515: Because an application's API isn't typically referenced ... [/repo/src/App.csproj::TargetFramework=net10.0]",
            "/repo/src/B.cs(5,14): warning CA1515: Because an application's API isn't typically referenced ... [/repo/src/App.csproj]",
            "/repo/src/C.cs(9,13): warning CS0219: The variable 'unused' is assigned but its value is never used [/repo/src/App.csproj]",
            "  App -> /repo/src/bin/Debug/net10.0/App.dll",
            "/repo/src/A.cs(3,14): warning CA1515: Because an application's API isn't typically referenced ... [/repo/src/App.csproj::TargetFramework=net8.0]",
            "    4 Warning(s)",
        ];
        var result = new CommandResult("dotnet build", 0, string.Join('\n', warnings), string.Empty, TimeSpan.Zero);

        Assert.Equal("3 warnings (CA1515 x2, CS0219 x1)", CompileWarnings.Describe(result));
    }

    [Fact]
    public void A_clean_build_has_no_warning_note()
    {
        var result = new CommandResult("dotnet build", 0, "  App -> /repo/src/bin/Debug/net10.0/App.dll\n    0 Warning(s)\n", string.Empty, TimeSpan.Zero);

        Assert.Null(CompileWarnings.Describe(result));
    }
}
