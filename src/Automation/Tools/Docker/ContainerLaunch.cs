namespace Automation.Tools.Docker;

/// <summary>What the host gives a target's container run (<see cref="ContainerTargetCommand"/>).</summary>
/// <param name="TargetName">The target, as the command line takes it.</param>
/// <param name="Root">The repository root on the host.</param>
/// <param name="Program">The build on the host: its assembly (<c>_build.dll</c>, run by the image's <c>dotnet</c>) or a self-contained executable.</param>
/// <param name="NuGetPackages">The NuGet packages folder on the host, mounted when it exists; null: none.</param>
/// <param name="WindowsHost">Whether the host is Windows, whose paths cannot be mounted as they are.</param>
/// <param name="CommandVariables">Variables every command of the build gets, passed on by name.</param>
internal sealed record ContainerLaunch(string TargetName, AbsolutePath Root, AbsolutePath Program, AbsolutePath? NuGetPackages, bool WindowsHost, IReadOnlyList<string> CommandVariables)
{
    /// <summary>Whether <see cref="Program"/> is an assembly the image's <c>dotnet</c> runs.</summary>
    public bool ProgramIsAssembly => Program.ToString().EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
}
