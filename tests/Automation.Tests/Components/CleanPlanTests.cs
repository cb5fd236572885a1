using Automation.Components;

namespace Automation.Tests.Components;

/// <summary>What clean deletes: build output, but never a kept folder (publish's feed, the running build) nor what holds one.</summary>
public sealed class CleanPlanTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("clean-plan-");

    private AbsolutePath Root => AbsolutePath.Create(_root.FullName);

    [Fact]
    public void A_folder_holding_a_kept_one_loses_only_its_other_entries()
    {
        foreach (var file in new[] { "src/A/bin/Debug/A.dll", "src/A/obj/x.json", "build/bin/Debug/net10.0/_build.dll", "build/bin/Release/net10.0/_build.dll", "build/obj/project.assets.json", "artifacts/feed/a.1.0.0.nupkg", "artifacts/packages/a.nupkg", "artifacts/log.txt" })
        {
            var path = Path.Combine(_root.FullName, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }

        var doomed = CleanPlan.Find(Root, ["src", "build"], Root / "artifacts", [Root / "build/bin/Debug/net10.0", Root / "artifacts/feed"]);

        Assert.Equal(
            ["artifacts/log.txt", "artifacts/packages", "build/bin/Release", "build/obj", "src/A/bin", "src/A/obj"],
            doomed.Select(path => path.RelativeTo(Root).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_kept_folders_bin_obj_and_artifacts_go_whole()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "src/A/bin"));
        Directory.CreateDirectory(Path.Combine(_root.FullName, "artifacts/feed"));

        var doomed = CleanPlan.Find(Root, ["src"], Root / "artifacts", [Root / "elsewhere"]);

        Assert.Equal(["artifacts", "src/A/bin"], doomed.Select(path => path.RelativeTo(Root).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
