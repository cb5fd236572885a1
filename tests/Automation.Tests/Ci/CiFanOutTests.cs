using Automation.Ci;
using Automation.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

public sealed class CiFanOutTests
{
    [Fact]
    public void GitHub_jobs_follow_the_target_graph_and_skip_only_what_they_download()
    {
        var jobs = (YamlMappingNode)Parse(Content(new CiFanOutSamples.Tests(), ".github/workflows/fanout.yml"))["jobs"];
        string Run(string job) => Items(jobs, job, "steps").Single(s => s.Children.ContainsKey("run"))["run"].ToString();
        List<YamlMappingNode> Uses(string job, string action) => Items(jobs, job, "steps").Where(s => s.Children.ContainsKey("uses") && s["uses"].ToString() == action).ToList();

        Assert.Equal(["compile", "unit-test", "integration-test", "pack"], jobs.Children.Keys.Select(k => k.ToString()));
        Assert.False(((YamlMappingNode)jobs["compile"]).Children.ContainsKey("needs"));
        Assert.Equal(["compile"], Texts(jobs, "unit-test", "needs"));
        Assert.Equal(["compile"], Texts(jobs, "integration-test", "needs"));
        Assert.Equal(["unit-test", "integration-test"], Texts(jobs, "pack", "needs"));

        // Compile produces nothing: every job compiles again on its fresh agent. Test results arrive as artifacts.
        Assert.Equal("./build.sh unit-test", Run("unit-test"));
        Assert.Equal("./build.sh pack --skip unit-test integration-test", Run("pack"));
        Assert.Equal(
            [("unit-test-test-results", "artifacts/test-results"), ("integration-test-test-results", "artifacts/test-results")],
            Uses("pack", "actions/download-artifact@v4").Select(s => (Text(s, "with", "name"), Text(s, "with", "path"))));
        Assert.Equal("error", Text(Uses("unit-test", "actions/upload-artifact@v4").Single(), "with", "if-no-files-found"));
        Assert.Equal("packages", Text(Uses("pack", "actions/upload-artifact@v4").Last(), "with", "name"));
        Assert.Empty(Uses("compile", "actions/upload-artifact@v4"));
    }

    [Fact]
    public void GitHub_passes_plain_variables_from_vars_and_secrets_from_secrets()
    {
        var jobs = Parse(Content(new CiFanOutSamples.Tests(), ".github/workflows/fanout.yml"))["jobs"];
        var run = Items(jobs, "pack", "steps").Single(s => s.Children.ContainsKey("run"));

        Assert.Equal("${{ vars.NUGET_SOURCE }}", Text(run, "env", "NUGET_SOURCE"));
        Assert.Equal("${{ secrets.NUGET_API_KEY }}", Text(run, "env", "NUGET_API_KEY"));
    }

    [Fact]
    public void Azure_jobs_depend_on_each_other_and_download_to_where_the_folders_were_made()
    {
        var root = Parse(Content(new CiFanOutSamples.Tests(), ".azure-pipelines/fanout.yml"));
        var jobs = Items(root, "jobs");
        var pack = jobs.Single(j => Text(j, "job") == "pack");
        var download = Items(pack, "steps").First(s => s.Children.ContainsKey("task") && s["task"].ToString() == "DownloadPipelineArtifact@2");
        var run = Items(pack, "steps").Single(s => s.Children.ContainsKey("script"));

        Assert.Equal(["compile", "unit_test", "integration_test", "pack"], jobs.Select(j => Text(j, "job")));
        Assert.Equal(["compile"], Texts(jobs[2], "dependsOn"));
        Assert.Equal(["unit_test", "integration_test"], Texts(pack, "dependsOn"));
        Assert.Equal("current", Text(download, "inputs", "buildType"));
        Assert.Equal("unit-test-test-results", Text(download, "inputs", "artifactName"));
        Assert.Equal("$(Build.SourcesDirectory)/artifacts/test-results", Text(download, "inputs", "targetPath"));
        Assert.Equal("./build.sh pack --skip unit-test integration-test", Text(run, "script"));

        // Plain variables reach scripts without mapping; a mapped unset one would read "$(NUGET_SOURCE)".
        Assert.False(((YamlMappingNode)run["env"]).Children.ContainsKey("NUGET_SOURCE"));
    }

    [Fact]
    public void GitLab_jobs_need_the_jobs_whose_artifacts_they_use()
    {
        var root = Parse(Content(new CiFanOutSamples.Tests(), ".gitlab-ci.yml"));
        var needs = Items(root, "pack", "needs");

        Assert.Equal([("unit-test", "true"), ("integration-test", "true")], needs.Select(n => (Text(n, "job"), Text(n, "artifacts"))));
        Assert.Equal([("compile", "false")], Items(root, "unit-test", "needs").Select(n => (Text(n, "job"), Text(n, "artifacts"))));
        Assert.Equal(["./build.sh pack --skip unit-test integration-test"], Texts(root, "pack", "script"));
        Assert.Equal(["artifacts/test-results"], Texts(root, "unit-test", "artifacts", "paths"));
        Assert.Equal(["artifacts/packages"], Texts(root, "pack", "artifacts", "paths"));
    }

    [Fact]
    public void GitLab_workflow_rules_cover_merge_requests_branches_tags_and_web_runs_without_duplicate_pipelines()
    {
        var rules = Items(Parse(Content(new CiFanOutSamples.Tests(), ".gitlab-ci.yml")), "workflow", "rules");

        Assert.Equal(
            [
                "$CI_PIPELINE_SOURCE == \"merge_request_event\"",
                "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS",
                "$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^main$/",
                "$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^release\\/[^\\/]*$/",
                "$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_TAG =~ /^v[^\\/]*$/",
                "$CI_PIPELINE_SOURCE == \"web\"",
            ],
            rules.Select(r => Text(r, "if")));
        Assert.Equal("never", Text(rules[1], "when"));
    }

    [Theory]
    [InlineData("main", "/^main$/")]
    [InlineData("release/**", "/^release\\/.*$/")]
    [InlineData("v1.?", "/^v1\\.[^\\/]$/")]
    public void GitLab_patterns_are_globs_turned_into_whole_name_regular_expressions(string glob, string regex) =>
        Assert.Equal(regex, Automation.Ci.GitLab.GitLabWorkflowRules.Regex(glob));

    [Fact]
    public void A_triggered_fan_out_target_waits_for_its_trigger_which_skips_it()
    {
        var jobs = Parse(Content(new CiFanOutSamples.Triggered(), ".github/workflows/triggers.yml"))["jobs"];
        string Run(string job) => Items(jobs, job, "steps").Single(s => s.Children.ContainsKey("run"))["run"].ToString();

        Assert.Equal("./build.sh pack --skip publish", Run("pack"));
        Assert.Equal("./build.sh publish", Run("publish"));
        Assert.Equal(["pack"], Texts(jobs, "publish", "needs"));
        Assert.False(((YamlMappingNode)jobs["pack"]).Children.ContainsKey("needs"));
        Assert.Contains(Items(jobs, "publish", "steps"), s => s.Children.ContainsKey("uses") && s["uses"].ToString() == "actions/download-artifact@v4" && Text(s, "with", "name") == "pack-packages");
    }

    [Theory]
    [InlineData(typeof(CiFanOutSamples.OverAMatrix), "fans out (FanOut) over 2 Images (ubuntu-latest, windows-latest): fan-out jobs run on one image. Keep one image in Images")]
    [InlineData(typeof(CiFanOutSamples.OutsideThePlan), "fans out 'integration-test', but it is not in the plan of InvokedTargets (unit-test)")]
    [InlineData(typeof(CiFanOutSamples.TriggerNotFannedOut), "fans out 'publish', which is triggered by 'pack', but 'pack' has no job of its own to wait for. Add 'pack' to FanOut.")]
    [InlineData(typeof(CiFanOutSamples.UnknownTarget), "Unknown target 'unit-tset'. Did you mean")]
    [InlineData(typeof(CiFanOutSamples.SecretAsVariable), "imports --nuget-api-key as a plain variable, but it is marked [Secret]")]
    [InlineData(typeof(CiFanOutSamples.UnknownVariable), "imports variable 'nuget-sorce', but the build has no such parameter. Did you mean")]
    public void Mistakes_in_the_attribute_are_usage_errors_naming_the_fix(Type build, string message)
    {
        var harness = typeof(BuildHarness).GetMethod(nameof(BuildHarness.Run), [typeof(string[])])!.MakeGenericMethod(build);
        var run = (BuildRun)harness.Invoke(null, [new[] { "--generate-ci" }])!;

        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Contains(message, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("artifacts/*")]
    [InlineData("../outside")]
    [InlineData("/absolute")]
    [InlineData("")]
    public void Produces_takes_folders_inside_the_repository(string folder)
    {
        var definition = new Automation.Targets.TargetDefinition();

        var error = Assert.Throws<ArgumentException>(() => definition.Produces(folder));

        Assert.Contains("Produces takes folders relative to the root", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("artifacts/*.nupkg", "artifacts")]
    [InlineData("output/test-results/**/*.trx", "output/test-results")]
    [InlineData("artifacts/packages", "artifacts/packages")]
    public void NUKEs_absolute_paths_and_globs_inside_the_root_produce_their_folder(string below, string folder)
    {
        var root = AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "repo"));

        var produced = Automation.Targets.ProducedFolder.Normalize([(root / below).ToString()], root);

        Assert.Equal([folder], produced);
    }

    [Fact]
    public void An_absolute_path_outside_the_root_or_a_glob_of_the_root_itself_is_still_refused()
    {
        var root = AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "repo"));

        Assert.Throws<ArgumentException>(() => Automation.Targets.ProducedFolder.Normalize([(root.Parent! / "elsewhere").ToString()], root));
        Assert.Throws<ArgumentException>(() => Automation.Targets.ProducedFolder.Normalize([(root / "*.nupkg").ToString()], root));
        Assert.Throws<ArgumentException>(() => Automation.Targets.ProducedFolder.Normalize([(root / "artifacts").ToString()], (AbsolutePath?)null));
    }

    [Fact]
    public void Verify_ci_fails_on_a_hand_edited_fan_out_workflow_and_passes_after_regeneration()
    {
        const string workflow = ".github/workflows/fanout.yml";
        using var repository = new TestRepository();
        BuildHarness.Run<CiFanOutSamples.Tests>(new BuildOptions { Repository = repository }, "--generate-ci");
        var path = Path.Combine(repository.Root, workflow);
        repository.WriteFile(workflow, File.ReadAllText(path).Replace("--skip unit-test integration-test", "--skip unit-test", StringComparison.Ordinal));

        var failed = BuildHarness.Run<CiFanOutSamples.Tests>(new BuildOptions { Repository = repository }, "--verify-ci");
        BuildHarness.Run<CiFanOutSamples.Tests>(new BuildOptions { Repository = repository }, "--generate-ci");
        var passed = BuildHarness.Run<CiFanOutSamples.Tests>(new BuildOptions { Repository = repository }, "--verify-ci");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"{workflow} (differs)", failed.Output, StringComparison.Ordinal);
        Assert.True(passed.ExitCode == 0, passed.Output);
    }
}
