using System.Text;
using Automation.Ci.Yaml;

namespace Automation.Ci.GitLab;

/// <summary>
/// The <c>workflow: rules:</c> of <c>.gitlab-ci.yml</c> from the trigger options of <see cref="GitLabCIAttribute"/>:
/// one rule per pipeline source and pattern (patterns are globs: <c>*</c> within a path segment, <c>**</c> across
/// them). With merge request pipelines and branch pushes both on, a push to a branch that has an open merge request
/// starts no branch pipeline, so a commit is built once (GitLab's documented pattern). No option: no rules, GitLab's
/// default (a pipeline for every push).
/// </summary>
internal static class GitLabWorkflowRules
{
    private const string FromPush = "$CI_PIPELINE_SOURCE == \"push\"";
    private const string FromMergeRequest = "$CI_PIPELINE_SOURCE == \"merge_request_event\"";

    public static YamlMap? Write(GitLabCIAttribute attribute)
    {
        var rules = new List<YamlMap>();
        var mergeRequests = attribute.On.Contains(GitLabCITrigger.MergeRequest) || attribute.OnMergeRequestBranches.Length > 0;
        var anyPush = attribute.On.Contains(GitLabCITrigger.Push);
        if (mergeRequests)
        {
            rules.AddRange(attribute.OnMergeRequestBranches.Length == 0
                ? [Rule(FromMergeRequest)]
                : attribute.OnMergeRequestBranches.Select(branch => Rule($"{FromMergeRequest} && $CI_MERGE_REQUEST_TARGET_BRANCH_NAME =~ {Regex(branch)}")));
            if (attribute.OnMergeRequestBranches.Length == 0 && (anyPush || attribute.OnPushBranches.Length > 0))
            {
                rules.Add(new YamlMap { ["if"] = "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS", ["when"] = "never" });
            }
        }

        if (anyPush)
        {
            rules.Add(Rule(FromPush));
        }
        else
        {
            rules.AddRange(attribute.OnPushBranches.Select(branch => Rule($"{FromPush} && $CI_COMMIT_BRANCH =~ {Regex(branch)}")));
            rules.AddRange(attribute.OnPushTags.Select(tag => Rule($"{FromPush} && $CI_COMMIT_TAG =~ {Regex(tag)}")));
        }

        if (attribute.On.Contains(GitLabCITrigger.Web))
        {
            rules.Add(Rule("$CI_PIPELINE_SOURCE == \"web\""));
        }

        if (attribute.On.Contains(GitLabCITrigger.Schedule))
        {
            rules.Add(Rule("$CI_PIPELINE_SOURCE == \"schedule\""));
        }

        return rules.Count == 0 ? null : new YamlMap { ["rules"] = rules };
    }

    private static YamlMap Rule(string condition) => new() { ["if"] = condition };

    /// <summary>A glob as a whole-name GitLab regular expression: <c>release/*</c> → <c>/^release\/[^\/]*$/</c>.</summary>
    public static string Regex(string glob)
    {
        var pattern = new StringBuilder("/^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else if (c is '*' or '?')
            {
                pattern.Append(c == '*' ? "[^\\/]*" : "[^\\/]");
            }
            else
            {
                // RE2 (GitLab's engine) accepts an escaped ASCII punctuation character, and only those.
                pattern.Append(char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c)) && c is not '-' and not '_' ? "\\" + c : c.ToString());
            }
        }

        return pattern.Append("$/").ToString();
    }
}
