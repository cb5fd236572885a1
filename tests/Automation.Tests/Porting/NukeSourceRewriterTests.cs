using Automation.Cli.Setup.Porting;

namespace Automation.Tests.Porting;

public class NukeSourceRewriterTests
{
    [Fact]
    public void Nuke_usings_become_one_using_of_automation_and_components_their_own()
    {
        var source = "using System;\nusing Nuke.Common;\nusing Nuke.Common.IO;\nusing Nuke.Common.Tools.DotNet;\nusing Nuke.Components;\nusing Serilog;\n";

        Assert.Equal("using System;\nusing Automation;\nusing Automation.Components;\nusing Serilog;\n", NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void Static_usings_name_the_type_in_automation()
    {
        var source = "using static Nuke.Common.Tools.DotNet.DotNetTasks;\nusing static Nuke.Common.EnvironmentInfo;\nusing static Nuke.Common.IO.FileSystemTasks;\n";

        Assert.Equal("using static Automation.DotNetTasks;\nusing static Automation.EnvironmentInfo;\nusing static Automation.FileSystemTasks;\n", NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void Fully_qualified_names_in_code_lose_their_nuke_namespace()
    {
        var source = "[GitHubActions(\"ci\", Nuke.Common.CI.GitHubActions.GitHubActionsImage.UbuntuLatest)]\nclass Build { Nuke.Common.IO.AbsolutePath Root; Nuke.Components.ICompile C; }\n";

        Assert.Equal(
            "[GitHubActions(\"ci\", Automation.GitHubActionsImage.UbuntuLatest)]\nclass Build { Automation.AbsolutePath Root; Automation.Components.ICompile C; }\n",
            NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void A_build_namespace_inside_nukes_becomes_automation_so_it_cannot_hide_a_type()
    {
        var source = "namespace Nuke.Common.CI.GitHubActions\n{\n}\nnamespace Nuke.Common.Tools.Git;\nnamespace Nuke.Components.Extra { }\nnamespace MyBuild.Nuke.Common;\n";

        Assert.Equal(
            "namespace Automation\n{\n}\nnamespace Automation;\nnamespace Automation.Components { }\nnamespace MyBuild.Nuke.Common;\n",
            NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void NukeBuild_and_INukeBuild_become_ours_but_longer_names_stay()
    {
        var source = "class Build : NukeBuild, IMyNukeBuildPart { static INukeBuild Self; NukeBuildExtensions E; }";

        Assert.Equal("class Build : AutomationBuild, IMyNukeBuildPart { static IAutomationBuild Self; NukeBuildExtensions E; }", NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void Aliases_global_usings_and_line_endings_are_kept()
    {
        var source = "global using Nuke.Common;\r\nusing Tasks = Nuke.Common.Tools.DotNet.DotNetTasks;\r\nclass A { }\r\n";

        Assert.Equal("global using Automation;\r\nusing Tasks = Automation.DotNetTasks;\r\nclass A { }\r\n", NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void A_source_without_nuke_and_nuke_in_strings_stay_as_they_are()
    {
        var source = "using System;\nclass A { const string Package = \"Nuke.Common\"; }\n";

        Assert.Equal(source, NukeSourceRewriter.Rewrite(source));
    }

    [Fact]
    public void An_existing_using_automation_absorbs_the_rewritten_ones()
    {
        Assert.Equal("using Automation;\n", NukeSourceRewriter.Rewrite("using Automation;\nusing Nuke.Common;\n"));
    }
}
