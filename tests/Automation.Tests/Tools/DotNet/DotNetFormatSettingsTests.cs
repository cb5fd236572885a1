namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetFormatSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["format"], new DotNetFormatSettings().ToArguments());

    [Fact]
    public void A_lint_check_renders_verify_no_changes() =>
        Assert.Equal(["format", "App.sln", "--verify-no-changes"], new DotNetFormatSettings { Project = "App.sln", VerifyNoChanges = true }.ToArguments());

    [Theory]
    [InlineData(DotNetFormatScope.Whitespace, "whitespace")]
    [InlineData(DotNetFormatScope.Style, "style")]
    [InlineData(DotNetFormatScope.Analyzers, "analyzers")]
    public void A_scope_is_the_subcommand_before_the_project(DotNetFormatScope scope, string subcommand) =>
        Assert.Equal(["format", subcommand, "App.sln"], new DotNetFormatSettings { Project = "App.sln", Scope = scope }.ToArguments());

    [Fact]
    public void Every_option_renders()
    {
        var settings = new DotNetFormatSettings
        {
            NoRestore = true,
            Include = ["src/", "tests/"],
            Exclude = ["src/Generated/"],
            IncludeGenerated = true,
            Diagnostics = ["IDE0005", "CA1822"],
            ExcludeDiagnostics = ["IDE0130"],
            Severity = DotNetFormatSeverity.Warn,
            Verbosity = DotNetVerbosity.Detailed,
            ReportPath = "artifacts/format",
            BinaryLog = "format.binlog",
        };

        Assert.Equal(
            [
                "format", "--no-restore", "--include", "src/", "--include", "tests/", "--exclude", "src/Generated/", "--include-generated",
                "--diagnostics", "IDE0005", "--diagnostics", "CA1822", "--exclude-diagnostics", "IDE0130", "--severity", "warn",
                "--verbosity", "detailed", "--report", "artifacts/format", "--binarylog", "format.binlog",
            ],
            settings.ToArguments());
    }
}
