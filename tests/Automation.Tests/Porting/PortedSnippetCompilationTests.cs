using Automation.Cli.Setup.Porting;
using Automation.Tests.Docs;

namespace Automation.Tests.Porting;

/// <summary>
/// NUKE shapes that the corpus (tests/Automation.IntegrationTests/Porting/Corpus) cannot hold because they must NOT
/// compile, or whose binding is the point: compiled in-process with Roslyn after the port rewrite, as the corpus builds are.
/// </summary>
public sealed class PortedSnippetCompilationTests
{
    [Fact]
    public void NUKE_s_AppVeyor_attributes_compile_after_the_port_rewrite()
    {
        const string nuke = """
            using Nuke.Common;
            using Nuke.Common.CI.AppVeyor;

            [AppVeyor(
                suffix: null,
                AppVeyorImage.VisualStudio2022,
                BranchesOnly = new[] { "main", "/release\\/*/" },
                SkipTags = true,
                InvokedTargets = new[] { nameof(Compile) },
                Secrets = new[] { nameof(NuGetApiKey) })]
            [AppVeyor("continuous", AppVeyorImage.VisualStudioLatest, AppVeyorImage.UbuntuLatest, BranchesExcept = new[] { "main" }, InvokedTargets = new[] { nameof(Compile) }, Secrets = new string[0])]
            [AppVeyorSecret(nameof(NuGetApiKey), "gXyMC1PrfsTGaK8vnlB6ch1DDpTEaOuK+Oy0Kz8xm1i4MjA7cb+6GkTaQEI6eCuy")]
            class Build : NukeBuild
            {
                public static int Main() => Execute<Build>(x => x.Compile);

                [Parameter] [Secret] readonly string NuGetApiKey;

                Target Compile => _ => _.Executes(() => { });
            }
            """;

        Assert.Empty(Errors(NukeSourceRewriter.Rewrite(nuke)));
    }

    [Fact]
    public void NUKE_s_TeamCity_attribute_and_a_GetBuildTypes_override_compile_after_the_port_rewrite()
    {
        const string nuke = """
            using System.Collections.Generic;
            using System.Linq;
            using Nuke.Common;
            using Nuke.Common.CI.TeamCity;
            using Nuke.Common.CI.TeamCity.Configuration;
            using Nuke.Common.Execution;
            using Nuke.Common.Utilities.Collections;

            [TeamCity(
                VcsTriggeredTargets = new[] { nameof(Compile) },
                NonEntryTargets = new[] { nameof(Restore) },
                ExcludedTargets = new[] { nameof(Restore) })]
            partial class Build : NukeBuild
            {
                public static int Main() => Execute<Build>(x => x.Compile);

                Target Restore => _ => _.Executes(() => { });
                Target Compile => _ => _.DependsOn(Restore).Executes(() => { });

                public class TeamCityAttribute : Nuke.Common.CI.TeamCity.TeamCityAttribute
                {
                    protected override IEnumerable<TeamCityBuildType> GetBuildTypes(
                        ExecutableTarget executableTarget,
                        TeamCityVcsRoot vcsRoot,
                        LookupTable<ExecutableTarget, TeamCityBuildType> buildTypes,
                        IReadOnlyCollection<ExecutableTarget> relevantTargets)
                    {
                        return base.GetBuildTypes(executableTarget, vcsRoot, buildTypes, relevantTargets)
                            .Select(x =>
                            {
                                x.Name = (x.Partition == null ? $"🚀 {x.Name}" : $"{x.InvokedTargets.Last()} 🧩 {x.Partition}").Trim();
                                return x;
                            });
                    }
                }
            }
            """;

        Assert.Empty(Errors(NukeSourceRewriter.Rewrite(nuke)));
    }

    [Fact]
    public void The_AppVeyor_and_TeamCity_host_objects_compile_after_the_port_rewrite()
    {
        const string nuke = """
            using Nuke.Common;
            using Nuke.Common.CI;
            using Nuke.Common.CI.AppVeyor;
            using Nuke.Common.CI.TeamCity;
            using Serilog;

            class Build : NukeBuild
            {
                public static int Main() => Execute<Build>(x => x.Compile);

                [CI] readonly TeamCity TeamCity;

                Target Compile => _ => _.Executes(() =>
                {
                    if (Host is AppVeyor appVeyor)
                        Log.Information("AppVeyor build {Number} of {Repository}", appVeyor.BuildNumber, AppVeyor.Instance.RepositoryName);
                    Log.Information("TeamCity: {Build}", TeamCity?.BuildNumber);
                });
            }
            """;

        Assert.Empty(Errors(NukeSourceRewriter.Rewrite(nuke)));
    }

    [Fact]
    public void NUKEs_SetTimeout_null_reset_of_the_push_settings_binds_to_one_form()
    {
        const string nuke = """
            using Nuke.Common.Tools.DotNet;

            static class Push
            {
                public static DotNetNuGetPushSettings Reset(DotNetNuGetPushSettings s) => s.SetTimeout(600).SetTimeout(null);

                public static DotNetNuGetPushSettings ResetByDefault(DotNetNuGetPushSettings s) => s.SetTimeout(default);
            }
            """;

        Assert.Empty(Errors(NukeSourceRewriter.Rewrite(nuke)));
        Assert.Null(new DotNetNuGetPushSettings().SetTimeout(600).SetTimeout(null).Timeout);
    }

    [Fact]
    public void NUKE_s_collection_helpers_Inherit_of_a_target_and_the_git_logger_bind_with_System_Collections_Generic_imported_too()
    {
        // Real builds (dotnet-integration-testing, Revit.Build.Tasks, FamilyUpdater) call these after the port rewrite.
        const string nuke = """
            using System.Collections.Generic;
            using System.Linq;
            using Nuke.Common;
            using Nuke.Common.Tools.Git;
            using Nuke.Common.Utilities.Collections;

            class Build : NukeBuild
            {
                Target Test => _ => _.Executes(() => { });

                Target Sonar => _ => _
                    .Executes(() => { })
                    .Inherit(Test)
                    .Executes(() => { });

                Target Report => _ => _
                    .Executes(() =>
                    {
                        IReadOnlyDictionary<string, string> variables = EnvironmentInfo.Variables
                            .ToDictionary(x => x.Key, x => x.Value)
                            .SetKeyValue("GH_TOKEN", "t").AsReadOnly();
                        var quiet = FailedTargets.IsEmpty();
                        var tags = GitTasks.Git("tag --list", logger: (_, _) => { });
                    });
            }
            """;

        Assert.Empty(Errors(NukeSourceRewriter.Rewrite(nuke)));
    }

    [Fact]
    public void NUKE_s_Host_tool_requirements_and_build_project_check_switch_compile_after_the_port_rewrite()
    {
        const string nuke = """
            using System;
            using Nuke.Common;
            using Nuke.Common.Execution;
            using Nuke.Common.ProjectModel;
            using Nuke.Common.Tooling;
            using Nuke.Common.Tools.Coverlet;
            using Nuke.Common.Tools.GitVersion;
            using Nuke.Common.Tools.ReportGenerator;

            public static class HostExtensions
            {
                public static bool IsGitHubActions(this Host host) => host is GitHubActions || EnvironmentInfo.HasVariable("GITHUB_ACTIONS");
            }

            [DisableDefaultOutput<Terminal>(DefaultOutput.Logo, DefaultOutput.TargetOutcome)]
            [Requires<GitVersionTasks>(Version = "6.0.0-beta.6")]
            [Requires<CoverletTasks>(Version = "6.0.1")]
            [Requires<ReportGeneratorTasks>(Version = "5.2.2")]
            partial class Build : NukeBuild
            {
                public static int Main() => Execute<Build>(x => x.Coverage);

                [Solution(SuppressBuildProjectCheck = true)] readonly Solution Sln;

                Configure<CoverletSettings> CoverletBase => s => s.SetFormat("cobertura").SetTarget("dotnet");

                Target Coverage => _ => _.Executes(() =>
                    CoverletTasks.Coverlet(s => s
                        .Apply(CoverletBase)
                        .CombineWith(Sln.AllProjects, (s, p) => s.SetTargetArgs(new[] { "test", p.Path.ToString(), "--no-build" }).SetAssembly(p.Directory / "bin" / "t.dll").SetInclude("[Lib]*"))),
                    () => DotNetTasks.DotNetNuGetAddSource(s => s.SetName("internal").SetSource("https://nuget.example/v3/index.json")),
                    () => { if (Host.IsGitHubActions() && Sln.AllProjects.First().GetProperty<bool>("IsPackable")) { } });
            }

            public class DisableDefaultOutputAttribute<T> : DisableDefaultOutputAttribute
                where T : Host
            {
                public DisableDefaultOutputAttribute(params DefaultOutput[] disabledOutputs)
                    : base(disabledOutputs)
                {
                }

                public override bool IsApplicable(INukeBuild build) => build.Host is T;
            }
            """;

        Assert.Empty(Errors(NukeSourceRewriter.Rewrite(nuke).Replace("using System;", "using System;\nusing System.Linq;", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_with_DataAnnotations_and_only_NUKE_sub_namespaces_keeps_DataAnnotations_Required_after_the_rewrite()
    {
        const string nuke = """
            using System.ComponentModel.DataAnnotations;
            using Nuke.Common.Git;

            partial class Build
            {
                [GitRepository, Required] readonly GitRepository GitRepository;
            }

            partial class Build : Nuke.Common.NukeBuild
            {
                public static int Main() => Execute<Build>();
            }
            """;

        var ported = NukeSourceRewriter.Rewrite(nuke);

        Assert.Contains("using RequiredAttribute = System.ComponentModel.DataAnnotations.RequiredAttribute;", ported, StringComparison.Ordinal);
        Assert.Empty(Errors(ported));
        Assert.DoesNotContain("RequiredAttribute =", NukeSourceRewriter.Rewrite(nuke.Replace("using Nuke.Common.Git;", "using Nuke.Common;\nusing Nuke.Common.Git;", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Errors(string source)
    {
        var block = new DocumentationCodeBlock("Build.cs", 0, CodeBlockKind.File, source);
        return CodeBlockCompiler.Compile([block]).Errors().TryGetValue(block, out var errors) ? errors : [];
    }
}
