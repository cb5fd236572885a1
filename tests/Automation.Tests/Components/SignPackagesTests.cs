using Automation.Components;
using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary>
/// NUKE's <c>ISignPackages</c> before it reaches SignPath (the HTTP exchange is an integration test): skipped off
/// AppVeyor, saying why; on AppVeyor without the SignPath settings it fails naming them, the token never shown; and the
/// signed packages replace the unsigned ones only when all are there.
/// </summary>
public sealed class SignPackagesTests : IDisposable
{
    private const string Canary = "signpath-canary-0c1d5e77";
    private readonly TestRepository _repository = new();

    public SignPackagesTests()
    {
        _repository.WriteFile(".nuke/parameters.json", "{}");
        _repository.WriteFile("artifacts/packages/Lib.1.0.0.nupkg", "unsigned");
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Build : AutomationBuild, ISignPackages
    {
        public IEnumerable<AbsolutePath> SignPathPackages => (RootDirectory / "artifacts" / "packages").GlobFiles("*.nupkg");
    }

    private BuildTestRun Run(Dictionary<string, string> variables) =>
        BuildTest.Run<Build>(
            new BuildEnvironment { Arguments = ["sign-packages"], WorkingDirectory = _repository.Root, Variables = variables },
            new CommandRecorder(UnscriptedCommands.Succeed));

    [Fact]
    public void Off_AppVeyor_the_target_is_skipped_saying_why()
    {
        var run = Run(new() { ["SIGN_PATH_API_TOKEN"] = Canary });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("not on AppVeyor", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.CommandLines);
    }

    [Fact]
    public void On_AppVeyor_missing_settings_fail_naming_them_and_the_token_is_never_shown()
    {
        var run = Run(new() { ["APPVEYOR"] = "True", ["CI"] = "True", ["SIGN_PATH_API_TOKEN"] = Canary, ["SIGNPATH_API_URL"] = "http://127.0.0.1:9/api/v1" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("OrganizationId, ProjectSlug, PolicySlug in SignPathSettings", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        Assert.Empty(run.CommandLines);
    }

    [Fact]
    public void On_AppVeyor_without_the_token_the_parameter_is_named_before_anything_runs()
    {
        var run = Run(new() { ["APPVEYOR"] = "True", ["CI"] = "True" });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("requires parameter 'sign-path-api-token'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_missing_from_the_signed_archive_leaves_every_package_as_it_was()
    {
        var packages = AbsolutePath.Create(_repository.Root) / "artifacts" / "packages";
        _repository.WriteFile("artifacts/packages/Other.1.0.0.nupkg", "unsigned other");
        _repository.WriteFile("signed/Lib.1.0.0.nupkg", "signed");

        var exception = Assert.Throws<InvalidOperationException>(() =>
            SignedPackages.Replace([packages / "Lib.1.0.0.nupkg", packages / "Other.1.0.0.nupkg"], AbsolutePath.Create(_repository.Root) / "signed"));

        Assert.Contains("lacks Other.1.0.0.nupkg (it has Lib.1.0.0.nupkg); no package was replaced", exception.Message, StringComparison.Ordinal);
        Assert.Equal("unsigned", File.ReadAllText(packages / "Lib.1.0.0.nupkg"));
        Assert.Equal(["Lib.1.0.0.nupkg", "Other.1.0.0.nupkg"], Directory.GetFiles(packages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
