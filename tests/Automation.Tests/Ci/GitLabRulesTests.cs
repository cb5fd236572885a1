using YamlDotNet.RepresentationModel;

namespace Automation.Tests.Ci;

/// <summary>The trigger options of <see cref="GitLabCIAttribute"/> as <c>workflow: rules:</c>.</summary>
public sealed class GitLabRulesTests
{
    private static List<(string If, string? When)> Rules(object build)
    {
        var content = Assert.Single(CiFiles.Generate(build)).Content;
        var stream = new YamlStream();
        stream.Load(new StringReader(content));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (!root.Children.ContainsKey("workflow"))
        {
            return [];
        }

        return ((YamlSequenceNode)((YamlMappingNode)root["workflow"])["rules"]).Children.Cast<YamlMappingNode>()
            .Select(r => (r["if"].ToString(), r.Children.TryGetValue("when", out var when) ? when.ToString() : null)).ToList();
    }

    [Fact]
    public void Without_trigger_options_there_are_no_rules_so_gitlab_s_default_holds() => Assert.Empty(Rules(new NoTriggers()));

    [Fact]
    public void Any_push_merge_requests_and_schedules_build_each_commit_once()
    {
        Assert.Equal(
            [
                ("$CI_PIPELINE_SOURCE == \"merge_request_event\"", null),
                ("$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS", "never"),
                ("$CI_PIPELINE_SOURCE == \"push\"", null),
                ("$CI_PIPELINE_SOURCE == \"schedule\"", null),
            ],
            Rules(new EveryPush()));
    }

    [Fact]
    public void Merge_requests_narrowed_to_target_branches_keep_branch_pipelines()
    {
        Assert.Equal(
            [
                ("$CI_PIPELINE_SOURCE == \"merge_request_event\" && $CI_MERGE_REQUEST_TARGET_BRANCH_NAME =~ /^main$/", null),
                ("$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_TAG =~ /^v.*$/", null),
            ],
            Rules(new TargetBranches()));
    }

    [GitLabCI(InvokedTargets = ["build"])]
    private sealed class NoTriggers : SampleBuild;

    [GitLabCI(On = [GitLabCITrigger.Schedule, GitLabCITrigger.Push, GitLabCITrigger.MergeRequest], OnPushTags = ["v*"], InvokedTargets = ["build"])]
    private sealed class EveryPush : SampleBuild;

    [GitLabCI(OnMergeRequestBranches = ["main"], OnPushTags = ["v**"], InvokedTargets = ["build"])]
    private sealed class TargetBranches : SampleBuild;

    private abstract class SampleBuild : AutomationBuild
    {
        Target Build => _ => _.Executes(() => { });
    }
}
