using Automation.Core;
using Automation.Tests.Support;
using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

// No offline validator for appveyor.yml exists: the files are checked against expected files and read back as YAML.
public sealed class AppVeyorGeneratorTests
{
    [Theory]
    [InlineData("appveyor.yml", "appveyor.nuke")]
    [InlineData("appveyor.continuous.yml", "appveyor.continuous")]
    public void Matches_the_expected_file(string path, string expected)
    {
        ExpectedFile.Match(Content(new AppVeyorSamples.NukeStyle(), path), expected);
    }

    [Fact]
    public void Several_images_form_a_matrix_with_a_cmd_line_for_Windows_and_an_sh_line_for_the_others()
    {
        var root = Parse(Content(new AppVeyorSamples.NukeStyle(), "appveyor.continuous.yml"));
        var script = Items(root, "build_script");

        Assert.Equal(["Visual Studio 2022", "Ubuntu", "macos"], Texts(root, "image"));
        Assert.Equal(@".\build.cmd test", Text(script[0], "cmd"));
        Assert.Equal("./build.sh test", Text(script[1], "sh"));
        Assert.Equal(["main", "/release\\/.*/"], Texts(root, "branches", "except"));
        Assert.Equal("true", Text(root, "skip_tags"));
    }

    [Fact]
    public void A_Windows_only_configuration_has_no_sh_line()
    {
        var script = Items(Parse(Content(new AppVeyorSamples.NukeStyle(), "appveyor.yml")), "build_script");

        Assert.Equal(@".\build.cmd test pack", Text(Assert.Single(script), "cmd"));
    }

    [Fact]
    public void An_encrypted_secret_is_written_as_given_under_the_parameter_s_environment_variable()
    {
        var root = Parse(Content(new AppVeyorSamples.NukeStyle(), "appveyor.yml"));

        Assert.Equal(AppVeyorSamples.EncryptedKey, Text(root, "environment", "NUGET_API_KEY", "secure"));
    }

    [Fact]
    public void Empty_Secrets_leaves_the_build_class_s_secrets_out()
    {
        var root = Parse(Content(new AppVeyorSamples.NukeStyle(), "appveyor.continuous.yml"));

        Assert.False(root.Children.ContainsKey("environment"));
    }

    [Fact]
    public void NUKE_s_older_inline_secret_form_is_written_the_same_way()
    {
        var root = Parse(Content(new AppVeyorSamples.InlineSecret(), "appveyor.yml"));

        Assert.Equal(AppVeyorSamples.EncryptedKey, Text(root, "environment", "NUGET_API_KEY", "secure"));
    }

    [Fact]
    public void What_the_targets_produce_is_kept_as_artifacts_and_tests_run_only_through_the_targets()
    {
        var root = Parse(Content(new AppVeyorSamples.NukeStyle(), "appveyor.yml"));
        var artifact = Assert.Single(Items(root, "artifacts"));

        Assert.Equal("artifacts/packages", Text(artifact, "path"));
        Assert.Equal("packages", Text(artifact, "name"));
        Assert.Equal("off", Text(root, "test"));
        Assert.Equal(["git submodule update --init --recursive"], Texts(root, "install"));
        Assert.Equal(["mssql2017"], Texts(root, "services"));
    }

    [Fact]
    public void A_configuration_with_AutoGenerate_false_is_neither_written_nor_verified()
    {
        Assert.DoesNotContain(CiFiles.Generate(new AppVeyorSamples.NukeStyle()), f => f.RelativePath == "appveyor.manual.yml");
    }

    [Fact]
    public void A_plain_value_is_refused_without_showing_it()
    {
        var error = Assert.Throws<UsageException>(() => CiFiles.Generate(new AppVeyorSamples.PlainSecret()));

        Assert.Contains("[AppVeyorSecret(\"NuGetApiKey\", ...)]", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://ci.appveyor.com/tools/encrypt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_for_a_parameter_not_marked_Secret_is_refused()
    {
        var error = Assert.Throws<UsageException>(() => CiFiles.Generate(new AppVeyorSamples.UnmaskedSecret()));

        Assert.Contains("--configuration is not marked [Secret]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_naming_no_AppVeyorSecret_is_refused_naming_the_fix()
    {
        var error = Assert.Throws<UsageException>(() => CiFiles.Generate(new AppVeyorSamples.MissingSecret()));

        Assert.Contains("no [AppVeyorSecret(\"SignPathApiToken\", ...)]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FanOut_is_refused_because_AppVeyor_jobs_cannot_wait_for_one_another()
    {
        var error = Assert.Throws<UsageException>(() => CiFiles.Generate(new AppVeyorSamples.FannedOut()));

        Assert.Contains("AppVeyor jobs cannot wait for one another", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_starts_with_the_auto_generated_header()
    {
        Assert.StartsWith("# ---", Content(new AppVeyorSamples.NukeStyle(), "appveyor.yml"), StringComparison.Ordinal);
    }
}
