using Automation.Cli.Setup.Porting;
using Automation.Tests.Docs;

namespace Automation.Tests.Porting;

/// <summary>NUKE's <c>VSTestTasks</c> after the port rewrite: the static import compiles; a call is an error that names <c>DotNetTest</c>.</summary>
public sealed class VSTestShimTests
{
    private const string Header = """
        using Nuke.Common;
        using Nuke.Common.Tools.VSTest;
        using static Nuke.Common.Tools.VSTest.VSTestTasks;

        class Build : NukeBuild
        {
            public static int Main() => Execute<Build>(x => x.Test);

        """;

    [Fact]
    public void The_static_import_alone_compiles()
    {
        var errors = Errors(NukeSourceRewriter.Rewrite(Header + "    Target Test => _ => _.Executes(() => { });\n}\n"));

        Assert.Empty(errors);
    }

    [Fact]
    public void A_VSTest_call_is_a_compile_error_naming_DotNetTest()
    {
        var errors = Errors(NukeSourceRewriter.Rewrite(Header + "    Target Test => _ => _.Executes(() => VSTest(s => s));\n}\n"));

        var error = Assert.Single(errors);
        Assert.Contains("CS0619", error, StringComparison.Ordinal);
        Assert.Contains("DotNetTest(s => s.SetProjectFile(testProject))", error, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Errors(string source)
    {
        var block = new DocumentationCodeBlock("Build.cs", 0, CodeBlockKind.File, source);
        return CodeBlockCompiler.Compile([block]).Errors().TryGetValue(block, out var errors) ? errors : [];
    }
}
