using System.Reflection;
using Automation.Targets;
using Automation.Tools.Resolution;

namespace Automation.Tools.Docker;

/// <summary>Runs a target in a container (<see cref="DockerTargetDefinitionExtensions.DockerRun"/>): logs in and pulls when asked, prepares the build for the container, then runs it there.</summary>
internal static class ContainerTargetRun
{
    public static async Task RunAsync(ITargetContext context, InterceptedTarget target, DockerRunTargetSettings settings)
    {
        if (!string.IsNullOrEmpty(settings.Username))
        {
            DockerTasks.DockerLogin(new DockerLoginSettings { Server = settings.Server, Username = settings.Username, Password = settings.Password, ToolPath = settings.ToolPath });
        }

        if (settings.PullImage == true)
        {
            DockerTasks.DockerPull(new DockerPullSettings { Name = settings.Image, Platform = settings.Platform, ToolPath = settings.ToolPath });
        }

        var platform = ToolPlatform.Current;
        var launch = new ContainerLaunch(
            target.Name,
            context.RootDirectory,
            settings.DotNetRuntime is { Length: > 0 } runtime ? SelfContained(context, runtime, settings.BuildCaching == true, platform) : BuildAssembly(),
            NuGetPackages(),
            platform.IsWindows,
            target.CommandVariables);
        var run = ContainerTargetCommand.Settings(settings, launch);
        var docker = context.ResolveTool(DockerTasks.ToolName, settings.ToolPath);
        await context.RunAsync(docker.Program, docker.Arguments(run.ToArguments()), run.ToRunOptions()).ConfigureAwait(false);
    }

    // The assembly `dotnet` runs for this build (build.sh: `dotnet _build.dll`).
    private static AbsolutePath BuildAssembly() =>
        Assembly.GetEntryAssembly()?.Location is { Length: > 0 } location
            ? AbsolutePath.Create(location)
            : throw new InvalidOperationException("DockerRun needs the build's assembly on disk (a build started with `dotnet _build.dll` or ./build.sh).");

    private static AbsolutePath? NuGetPackages()
    {
        var packages = NuGetPackageResolver.GetPackagesDirectory();
        return packages.DirectoryExists() ? packages : null;
    }

    // NUKE's way for an image without .NET: the build published self-contained for the container's runtime, under
    // .nuke/temp/docker/<runtime>, reused while it is newer than the build's assembly when caching is on.
    private static AbsolutePath SelfContained(ITargetContext context, string runtime, bool caching, ToolPlatform platform)
    {
        var assembly = BuildAssembly();
        var project = platform.BuildProjectFile is { Length: > 0 } file
            ? AbsolutePath.Create(file)
            : throw new InvalidOperationException($"DotNetRuntime '{runtime}' publishes the build project, but the build's assembly names none: start the build with ./build.sh, or remove SetDotNetRuntime and use an image with the .NET runtime.");
        var output = new NukeLayout(context.RootDirectory).TemporaryDirectory / "docker" / runtime;
        var executable = output / (Path.GetFileNameWithoutExtension(assembly) + (runtime.StartsWith("win", StringComparison.OrdinalIgnoreCase) ? ".exe" : string.Empty));
        if (caching && executable.FileExists() && File.GetLastWriteTimeUtc(executable) >= File.GetLastWriteTimeUtc(assembly))
        {
            context.Info($"Reusing the build published for {runtime} in {output}.");
            return executable;
        }

        context.Info($"Publishing the build for {runtime}...");
        DotNetTasks.DotNetPublish(new DotNetPublishSettings { Project = project, Runtime = runtime, SelfContained = true, Output = output });
        return executable;
    }
}
