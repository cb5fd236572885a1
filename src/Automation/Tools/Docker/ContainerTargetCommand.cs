namespace Automation.Tools.Docker;

/// <summary>
/// The <c>docker run</c> that runs one target of the build in a container: the repository mounted (at its own path on
/// Linux and macOS hosts, at NUKE's <c>/nuke</c> or <c>C:\nuke</c> from Windows), the same build started there for
/// that target alone (<c>&lt;target&gt; --skip</c>), told by <see cref="Targets.TargetInterception.Variable"/> to run
/// the actions. The variables of the settings' environment and those every command of the build gets (the root lock's token, so
/// the build in the container goes on under this build's lock) go by name only: their values never reach the command line.
/// </summary>
internal static class ContainerTargetCommand
{
    /// <summary>The user's settings with what the run needs added; render with <see cref="ToolSettings.ToArguments"/>.</summary>
    public static DockerRunTargetSettings Settings(DockerRunTargetSettings settings, ContainerLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrEmpty(settings.Image))
        {
            throw new InvalidOperationException($"Target '{launch.TargetName}' runs in a container but names no image: add .SetImage(\"mcr.microsoft.com/dotnet/sdk:10.0\") to its .DockerRun(…).");
        }

        var windowsContainer = settings.Platform?.StartsWith("windows", StringComparison.OrdinalIgnoreCase) ?? false;
        var root = launch.WindowsHost ? (windowsContainer ? @"C:\nuke" : "/nuke") : launch.Root.ToString();
        string InContainer(AbsolutePath path) => launch.WindowsHost ? Join(root, launch.Root.GetRelativePathTo(path), windowsContainer) : path.ToString();

        var volumes = new List<string> { $"{launch.Root}:{root}" };
        var variables = new List<string> { $"{Targets.TargetInterception.Variable}={launch.TargetName}", "DOTNET_CLI_TELEMETRY_OPTOUT=1", "DOTNET_NOLOGO=1", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1" };
        if (!launch.Root.Contains(launch.Program))
        {
            // A build compiled outside the repository: on Linux and macOS its folder is mounted at its own path too.
            volumes.Add(launch.WindowsHost
                ? throw new InvalidOperationException($"The build '{launch.Program}' is outside the repository '{launch.Root}': from Windows only the repository is mounted in the container.")
                : $"{launch.Program.Parent}:{launch.Program.Parent}:ro");
        }

        if (launch.NuGetPackages is { } packages && !launch.WindowsHost)
        {
            volumes.Add($"{packages}:{packages}");
            variables.Add($"NUGET_PACKAGES={packages}");
        }

        var passed = (settings.Run?.Environment ?? new Dictionary<string, string?>()).Where(v => v.Value is not null).Select(v => v.Key);
        return settings with
        {
            Rm = true,
            Volume = [.. volumes, .. settings.Volume],
            Env = [.. variables, .. launch.CommandVariables, .. passed.Order(StringComparer.Ordinal), .. settings.Env],
            Workdir = root,
            Entrypoint = launch.ProgramIsAssembly ? "dotnet" : InContainer(launch.Program),
            Command = launch.ProgramIsAssembly ? InContainer(launch.Program) : null,
            Args = [launch.TargetName, "--skip", .. settings.Args],
        };
    }

    private static string Join(string root, RelativePath relative, bool windows)
    {
        var separator = windows ? '\\' : '/';
        var text = relative.ToString().Replace('\\', separator).Replace('/', separator);
        return text is "." or "" ? root : root.TrimEnd(separator) + separator + text;
    }
}
