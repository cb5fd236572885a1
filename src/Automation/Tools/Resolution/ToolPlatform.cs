using System.Reflection;

namespace Automation.Tools.Resolution;

/// <summary>
/// What tool resolution needs to know about the machine. Injectable, so the Windows rules (PATHEXT, <c>;</c> in PATH,
/// <c>.exe</c>, case-insensitive names) and the framework preference are unit-tested on any OS.
/// </summary>
/// <param name="IsWindows">Whether Windows rules apply.</param>
/// <param name="RuntimeVersion">The .NET runtime version that runs the build (a <c>net11.0</c> tool needs an 11.0 runtime).</param>
/// <param name="HomeDirectory">The user's home, for <c>~/.nuget/packages</c> when neither <c>NUGET_PACKAGES</c> nor <c>HOME</c>/<c>USERPROFILE</c> is set.</param>
/// <param name="BuildProjectFile">The build project named by the entry assembly's <c>[AssemblyMetadata("Automation.BuildProjectFile", path)]</c>, if any.</param>
/// <param name="DotNetMuxer">The <c>dotnet</c> executable running this process (<c>dotnet _build.dll</c>), if that is what runs it.</param>
internal sealed record ToolPlatform(bool IsWindows, Version RuntimeVersion, string? HomeDirectory, string? BuildProjectFile, string? DotNetMuxer = null)
{
    /// <summary>The assembly metadata key that names the build project file.</summary>
    public const string BuildProjectMetadataKey = "Automation.BuildProjectFile";

    /// <summary>This machine and process.</summary>
    public static ToolPlatform Current { get; } = new(
        OperatingSystem.IsWindows(),
        Environment.Version,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : null,
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == BuildProjectMetadataKey)?.Value,
        Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : null);

    /// <summary>How file names compare: ignoring case on Windows.</summary>
    public StringComparer FileNames => IsWindows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The separator of PATH entries.</summary>
    public char PathListSeparator => IsWindows ? ';' : ':';

    /// <summary>The path of <paramref name="fileName"/> in <paramref name="directory"/> if a file of that name exists (any case on Windows).</summary>
    public string? FindFile(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (File.Exists(path) || !IsWindows)
        {
            return File.Exists(path) ? path : null;
        }

        // Windows rules on a case-sensitive file system (tests): match the name ignoring case.
        var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, MatchType = MatchType.Simple, IgnoreInaccessible = true };
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, fileName, options).FirstOrDefault() : null;
    }

    /// <summary>Whether a file can be started: on Windows any file (the extension decides), elsewhere one with an execute bit.</summary>
    public bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (IsWindows || OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
