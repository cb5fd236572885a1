using Automation.Tests.Support;

namespace Automation.Tests.Tools.Resolution;

public sealed class LocalToolManifestTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    public LocalToolManifestTests() => _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.Write("dotnet/dotnet", executable: true);

    private string DotNet => _sandbox.At("dotnet/dotnet");

    [Fact]
    public void A_tool_is_found_by_its_command_ignoring_case_and_runs_through_dotnet_tool_run()
    {
        _sandbox.Manifest(
            ToolSandbox.ManifestTool("dotnet-coverage", "17.0.0", "dotnet-coverage") + "," +
            ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        _sandbox.RestoredTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator");

        var tool = _sandbox.Resolve("ReportGenerator");

        ExpectTool.Is(tool, DotNet, ".config/dotnet-tools.json", "tool", "run", "reportgenerator", "--");
    }

    [Fact]
    public void A_manifest_at_the_root_is_read_too()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("csharpier", "1.3.0", "csharpier"), "repo/dotnet-tools.json");
        _sandbox.RestoredTool("csharpier", "1.3.0", "csharpier");

        ExpectTool.Is(_sandbox.Resolve("csharpier"), DotNet, "dotnet-tools.json", "tool", "run", "csharpier", "--");
    }

    [Fact]
    public void Without_dotnet_host_path_the_dotnet_on_path_runs_local_tools()
    {
        _sandbox.Variables.Remove("DOTNET_HOST_PATH");
        _sandbox.Write("sdk/dotnet", executable: true);
        _sandbox.SetPath("sdk");
        _sandbox.Manifest(ToolSandbox.ManifestTool("csharpier", "1.3.0", "csharpier"));
        _sandbox.RestoredTool("csharpier", "1.3.0", "csharpier");

        Assert.Equal(_sandbox.At("sdk/dotnet"), _sandbox.Resolve("csharpier").Program);
    }

    [Fact]
    public void A_tool_that_is_not_restored_is_restored_once_per_build()
    {
        _sandbox.Manifest(
            ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator") + "," +
            ToolSandbox.ManifestTool("csharpier", "1.3.0", "csharpier"));
        var resolver = _sandbox.Resolver();
        var context = _sandbox.Context();

        Parallel.For(0, 8, i => resolver.Resolve(i % 2 == 0 ? "reportgenerator" : "csharpier", null, context));

        Assert.Equal([$"{DotNet} tool restore"], context.Commands);
        var options = Assert.Single(context.Options);
        Assert.Equal(_sandbox.Root, options!.WorkingDirectory);
        Assert.Equal(new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _sandbox.Packages, ["DOTNET_CLI_HOME"] = _sandbox.CliHome }, options.Environment);
        Assert.Contains(context.Messages, m => m.Contains("is not restored yet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_restored_tool_needs_no_restore()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        _sandbox.RestoredTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator");
        var context = _sandbox.Context();

        _sandbox.Resolver().Resolve("reportgenerator", null, context);

        Assert.Empty(context.Commands);
    }

    [Fact]
    public void A_package_in_the_packages_folder_that_the_cli_does_not_know_is_restored()
    {
        // `dotnet tool run` reads only the CLI's tool resolver cache, so a package folder alone is not enough.
        _sandbox.Manifest(ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        _sandbox.Package("dotnet-reportgenerator-globaltool", "5.6.0");
        var context = _sandbox.Context();

        _sandbox.Resolver().Resolve("reportgenerator", null, context);

        Assert.Equal([$"{DotNet} tool restore"], context.Commands);
    }

    [Fact]
    public void A_cache_entry_whose_entry_point_is_gone_is_restored_again()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        _sandbox.RestoredTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator");
        Directory.Delete(_sandbox.At("packages/dotnet-reportgenerator-globaltool"), recursive: true);
        var context = _sandbox.Context();

        _sandbox.Resolver().Resolve("reportgenerator", null, context);

        Assert.Equal([$"{DotNet} tool restore"], context.Commands);
    }

    [Fact]
    public void An_unreadable_cache_means_one_restore()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        _sandbox.Write("cli-home/.dotnet/toolResolverCache/1/dotnet-reportgenerator-globaltool", "not json");
        var context = _sandbox.Context();

        _sandbox.Resolver().Resolve("reportgenerator", null, context);

        Assert.Single(context.Commands);
    }

    [Fact]
    public void A_new_build_checks_again()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("dotnet-reportgenerator-globaltool", "5.6.0", "reportgenerator"));
        var context = _sandbox.Context();

        _sandbox.Resolver().Resolve("reportgenerator", null, context);
        _sandbox.Resolver().Resolve("reportgenerator", null, context);

        Assert.Equal(2, context.Commands.Count);
    }

    [Fact]
    public void The_restore_is_echoed_and_honours_dry_run()
    {
        using var repository = new TestRepository();
        repository.WriteFile(".config/dotnet-tools.json", """{ "version": 1, "tools": { "dotnet-reportgenerator-globaltool": { "version": "5.6.0", "commands": ["reportgenerator"] } } }""");
        var variables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _sandbox.Packages, ["DOTNET_CLI_HOME"] = _sandbox.CliHome };

        var run = BuildHarness.Run<ReportBuild>(new BuildOptions { Repository = repository, Variables = variables }, "report", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\[dry-run\] > \S*dotnet tool restore", run.Output);
        Assert.Matches(@"\[dry-run\] > \S*dotnet tool run reportgenerator -- -reports:coverage\.xml -targetdir:report", run.Output);
    }

    [Fact]
    public void A_manifest_without_the_command_moves_on()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("csharpier", "1.3.0", "csharpier"));
        _sandbox.Write("bin/reportgenerator", executable: true);
        _sandbox.SetPath("bin");

        Assert.Equal("PATH", _sandbox.Resolve("reportgenerator").Source);
    }

    [Fact]
    public void A_broken_manifest_is_an_error_naming_it()
    {
        _sandbox.Write("repo/.config/dotnet-tools.json", "{ \"tools\": ");

        var exception = Assert.Throws<InvalidOperationException>(() => _sandbox.Resolve("reportgenerator"));

        Assert.Contains(_sandbox.At("repo/.config/dotnet-tools.json"), exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();

    private sealed class ReportBuild : AutomationBuild
    {
        Target Report => _ => _.Executes(ctx => ctx.ReportGenerator(s => s with { Reports = ["coverage.xml"], TargetDirectory = "report" }));
    }
}
