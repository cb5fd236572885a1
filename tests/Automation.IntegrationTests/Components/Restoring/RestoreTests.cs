using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.Restoring;

/// <summary>The <c>restore</c> component target: locked mode on CI when the repository has lock files.</summary>
public sealed class RestoreTests
{
    private static readonly Dictionary<string, string> OnCi = new() { ["CI"] = "true" };

    [Fact]
    public void On_ci_with_lock_files_restore_is_locked_and_fails_when_the_references_drifted()
    {
        using var sample = ComponentSample.Create();
        sample.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>\n  </PropertyGroup>\n</Project>\n");
        var onLaptop = sample.Run<PipelineBuild>("restore").AssertExitCode(0);
        Assert.True(File.Exists(sample.PathOf("tests/Sample.Tests/packages.lock.json")));

        var locked = sample.Run<PipelineBuild>(OnCi, "restore").AssertExitCode(0);
        var project = sample.PathOf("tests/Sample.Tests/Sample.Tests.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<PackageReference Include=\"coverlet.collector\" Version=\"8.0.1\" />", string.Empty, StringComparison.Ordinal));
        var drifted = sample.Run<PipelineBuild>(OnCi, "restore").AssertExitCode(1);

        Assert.DoesNotContain("--locked-mode", onLaptop.Output, StringComparison.Ordinal);
        Assert.Contains("--locked-mode", locked.Output, StringComparison.Ordinal);
        Assert.Contains("NU1004", drifted.Output, StringComparison.Ordinal);
    }
}
