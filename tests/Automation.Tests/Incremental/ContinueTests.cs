using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

/// <summary><c>--continue</c> resumes the last failed run with the same arguments, skipping what succeeded in it.</summary>
public sealed class ContinueTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public ContinueTests() => _repository.WriteFile("src/a.txt", "alpha");

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Continue_skips_what_succeeded_and_starts_from_the_failure()
    {
        _repository.WriteFile("fail-announce", string.Empty);
        var failed = Run("announce");
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(["generate", "package", "announce"], failed.Trace);
        File.Delete(PathOf("fail-announce"));

        var resumed = Run("announce", "--continue");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(["announce"], resumed.Trace);
        Assert.Equal("UpToDate", resumed.Status("generate"));
        Assert.Equal("UpToDate", resumed.Status("package"));
        Assert.Equal("Succeeded", resumed.Status("announce"));
        Assert.DoesNotContain("--continue:", resumed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_skips_targets_without_inputs_that_succeeded_in_the_failed_run()
    {
        _repository.WriteFile("fail-package", string.Empty);
        var failed = Run("notify", "package", "--token", "token-value");
        Assert.Equal(["notify", "generate", "package"], failed.Trace);
        File.Delete(PathOf("fail-package"));

        var resumed = Run("notify", "package", "--token", "token-value", "--continue");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(["package"], resumed.Trace);
        Assert.Equal("Skipped (succeeded in the failed run)", resumed.Status("notify"));
        Assert.Equal("UpToDate", resumed.Status("generate"));
    }

    [Fact]
    public void Continue_reruns_a_target_whose_inputs_changed_since_the_failed_run()
    {
        _repository.WriteFile("fail-package", string.Empty);
        Assert.Equal(1, Run("package").ExitCode);
        File.Delete(PathOf("fail-package"));
        _repository.WriteFile("src/a.txt", "changed");

        var resumed = Run("package", "--continue");

        Assert.Equal(["generate", "package"], resumed.Trace);
    }

    [Fact]
    public void A_second_continue_still_skips_what_the_first_failed_run_finished()
    {
        _repository.WriteFile("fail-package", string.Empty);
        Run("notify", "package", "--token", "token-value");
        var again = Run("notify", "package", "--token", "token-value", "--continue");
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(["package"], again.Trace);
        File.Delete(PathOf("fail-package"));

        var resumed = Run("notify", "package", "--token", "token-value", "--continue");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(["package"], resumed.Trace);
        Assert.Equal("Skipped (succeeded in the failed run)", resumed.Status("notify"));
    }

    [Fact]
    public void Continue_with_other_arguments_warns_and_runs_everything()
    {
        _repository.WriteFile("fail-announce", string.Empty);
        Run("announce");
        File.Delete(PathOf("fail-announce"));

        var run = Run("announce", "--flavor", "sweet", "--continue");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["generate", "package", "announce"], run.Trace);
        Assert.Contains("--continue: running every target, because the last run had other arguments ('announce', now 'announce --flavor sweet')", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_ignores_options_that_only_change_the_output()
    {
        _repository.WriteFile("fail-announce", string.Empty);
        Run("announce", "--no-color");
        File.Delete(PathOf("fail-announce"));

        var resumed = Run("announce", "--continue", "-v", "verbose", "--host=terminal", "--no-wait");

        Assert.Equal(["announce"], resumed.Trace);
        Assert.DoesNotContain("--continue:", resumed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_run_in_a_fresh_repository_records_its_state()
    {
        var run = Run("generate", "--verbosity", "verbose");

        Assert.DoesNotContain("warning", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(PathOf(".nuke/temp/targets/generate.json")));
    }

    [Fact]
    public void Continue_after_a_successful_run_warns_and_runs_normally()
    {
        Run("announce");

        var run = Run("announce", "--continue");

        Assert.Equal(["announce"], run.Trace);
        Assert.Contains("--continue: running every target, because the last run succeeded", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "no earlier run was recorded")]
    [InlineData("{ broken", "the last run's record is unusable")]
    [InlineData("{\"format\": 7}", "the last run was recorded in another format")]
    public void Continue_without_a_usable_record_warns_and_runs_normally(string? record, string why)
    {
        if (record is not null)
        {
            _repository.WriteFile(".nuke/temp/last-run.json", record);
        }

        var run = Run("announce", "--continue");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["generate", "package", "announce"], run.Trace);
        Assert.Contains($"--continue: running every target, because {why}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_works_with_parallel()
    {
        _repository.WriteFile("fail-announce", string.Empty);
        Assert.Equal(1, Run("announce", "--parallel", "2").ExitCode);
        File.Delete(PathOf("fail-announce"));

        var resumed = Run("announce", "--parallel", "2", "--continue");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(["announce"], resumed.Trace);
    }

    [Fact]
    public void The_plan_shows_what_continue_skips()
    {
        _repository.WriteFile("fail-generate", string.Empty);
        Run("notify", "generate", "--token", "token-value");

        var plan = Run("notify", "generate", "--token", "token-value", "--continue", "--plan");

        Assert.Matches(@"notify +.* — skipped \(succeeded in the failed run\)", plan.Output);
        Assert.DoesNotMatch(@"generate +.* — skipped", plan.Output);
    }

    [Fact]
    public void Secret_arguments_are_not_written_to_the_record()
    {
        _repository.WriteFile("fail-notify", string.Empty);
        var failed = Run("notify", "--token", "hush-hush");
        var resumed = Run("notify", "package", "--token", "other-secret", "--continue");

        Assert.Equal(1, failed.ExitCode);
        Assert.DoesNotContain("hush-hush", File.ReadAllText(PathOf(".nuke/temp/last-run.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("hush-hush", resumed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("other-secret", resumed.Output, StringComparison.Ordinal);
        Assert.Contains("the last run had other arguments ('notify --token ***', now 'notify package --token ***')", resumed.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--token", "hush-hush-first", "--token", "hush-hush-second")]
    [InlineData("--token=hush-hush-first", "--token=hush-hush-second")]
    [InlineData("--token", "hush-hush-first", "--token=hush-hush-second")]
    public void An_overridden_secret_is_not_written_to_the_record_nor_shown_by_continue(params string[] secretWords)
    {
        _repository.WriteFile("fail-notify", string.Empty);
        var failed = Run(["notify", .. secretWords]);
        var record = File.ReadAllText(PathOf(".nuke/temp/last-run.json"));
        var resumed = Run(["notify", "package", .. secretWords, "--continue"]);

        Assert.Equal(1, failed.ExitCode);
        foreach (var output in new[] { record, failed.Output, failed.Log!, resumed.Output, resumed.Log! })
        {
            Assert.DoesNotContain("hush-hush", output, StringComparison.Ordinal);
        }

        Assert.Contains("***", record, StringComparison.Ordinal);
        Assert.Contains("the last run had other arguments ('notify --token", resumed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_secret_is_no_changed_argument()
    {
        // The record holds nothing derived from the secret (not even a hash a guess could be checked against), so the
        // run is continued, as a rotated token leaves targets up to date.
        _repository.WriteFile("fail-notify", string.Empty);
        Assert.Equal(1, Run("notify", "--token", "hush-hush").ExitCode);
        File.Delete(PathOf("fail-notify"));

        var resumed = Run("notify", "--token", "rotated-secret", "--continue");

        Assert.Equal(0, resumed.ExitCode);
        Assert.DoesNotContain("--continue:", resumed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_with_a_record_from_another_root_warns_and_runs_everything()
    {
        using var other = new TestRepository();
        other.WriteFile("src/a.txt", "alpha");
        other.WriteFile("fail-announce", string.Empty);
        Assert.Equal(1, BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = other }, "announce").ExitCode);
        _repository.WriteFile(".nuke/temp/last-run.json", File.ReadAllText(Path.Combine(other.Root, ".nuke/temp/last-run.json")));

        var run = Run("announce", "--continue");

        Assert.Equal(["generate", "package", "announce"], run.Trace);
        Assert.Contains($"--continue: running every target, because last-run.json was recorded in {other.Root}, not in this root ({_repository.Root}).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_with_a_parameter_changed_outside_the_command_line_warns_naming_it_and_runs_everything()
    {
        _repository.WriteFile("fail-announce", string.Empty);
        Run("announce");
        File.Delete(PathOf("fail-announce"));

        var run = BuildHarness.Run<IncrementalBuild>(
            new BuildOptions { Repository = _repository, Variables = new Dictionary<string, string> { ["FLAVOR"] = "sweet" } }, "announce", "--continue");

        Assert.Equal(["generate", "package", "announce"], run.Trace);
        Assert.Contains("--continue: running every target, because the value of parameter flavor differs from the last run's", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_the_format_before_root_and_commit_were_recorded_is_ignored_with_a_warning()
    {
        _repository.WriteFile(".nuke/temp/last-run.json", """
            { "format": 2, "arguments": ["announce"], "argumentsHash": "x", "failed": true, "succeeded": ["announce"] }
            """);

        var run = Run("announce", "--continue");

        Assert.Equal(["generate", "package", "announce"], run.Trace);
        Assert.Contains("because last-run.json was recorded by an older version, which did not record the root, commit and parameters it ran with.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_names_the_root_and_no_commit_outside_git_and_holds_no_parameter_value()
    {
        Run("announce", "--flavor", "very-plain-flavor");

        var record = File.ReadAllText(PathOf(".nuke/temp/last-run.json"));

        Assert.Contains("\"format\": 3", record, StringComparison.Ordinal);
        Assert.Contains($"\"root\": {System.Text.Json.JsonSerializer.Serialize(_repository.Root)}", record, StringComparison.Ordinal);
        Assert.Contains("\"commit\": \"none\"", record, StringComparison.Ordinal);
        Assert.Contains("\"flavor\": \"", record, StringComparison.Ordinal);
        Assert.Equal(1, record.Split("very-plain-flavor").Length - 1); // in the arguments, not among the parameters
    }

    private BuildRun Run(params string[] args) => BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = _repository }, args);

    private string PathOf(string relative) => Path.Combine(_repository.Root, relative);
}
