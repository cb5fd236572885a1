using System.Globalization;

namespace Automation.Tools.Resolution;

/// <summary>Orders the target-framework folders of a package's <c>tools/</c> by what the current runtime can run.</summary>
internal static class TargetFrameworks
{
    private enum Kind
    {
        DotNet,
        Framework,
        Other,
        Library,
    }

    /// <summary>
    /// The folders to search, best first: .NET (Core) frameworks not newer than the runtime, highest first
    /// (<c>net10.0</c> &gt; <c>net9.0</c> &gt; <c>netcoreapp3.1</c>); then .NET Framework (<c>net472</c>), on Windows only;
    /// then folders that are no framework. Newer frameworks, <c>netstandard</c> and other platforms' folders are left out.
    /// </summary>
    public static IReadOnlyList<string> Preferred(IEnumerable<string> folders, ToolPlatform platform)
    {
        var runtime = new Version(platform.RuntimeVersion.Major, Math.Max(platform.RuntimeVersion.Minor, 0));
        return folders
            .Select(folder => (Folder: folder, Framework: Parse(Path.GetFileName(folder), platform)))
            .Where(f => f.Framework is { } framework && (framework.Kind != Kind.DotNet || framework.Version <= runtime)
                && (framework.Kind != Kind.Framework || platform.IsWindows))
            .OrderBy(f => f.Framework!.Value.Kind)
            .ThenByDescending(f => f.Framework!.Value.Version)
            .ThenBy(f => f.Folder, StringComparer.Ordinal)
            .Select(f => f.Folder)
            .ToList();
    }

    // Null: never runnable here (netstandard, another platform's framework such as net8.0-android).
    private static (Kind Kind, Version Version)? Parse(string name, ToolPlatform platform)
    {
        var parts = name.ToUpperInvariant().Split('-', 2);
        if (ParseFramework(parts[0]) is not { } framework)
        {
            return (Kind.Other, new Version(0, 0));
        }

        var runnable = framework.Kind != Kind.Library
            && (parts.Length == 1 || (platform.IsWindows && parts[1].StartsWith("WINDOWS", StringComparison.Ordinal)));
        return runnable ? framework : null;
    }

    private static (Kind Kind, Version Version)? ParseFramework(string text)
    {
        if (text.StartsWith("NETSTANDARD", StringComparison.Ordinal))
        {
            return (Kind.Library, new Version(0, 0));
        }

        if (text.StartsWith("NETCOREAPP", StringComparison.Ordinal))
        {
            return Version.TryParse(text["NETCOREAPP".Length..], out var core) ? (Kind.DotNet, core) : null;
        }

        if (!text.StartsWith("NET", StringComparison.Ordinal) || text.Length == 3)
        {
            return null;
        }

        var rest = text[3..];
        if (rest.Contains('.', StringComparison.Ordinal))
        {
            return Version.TryParse(rest, out var net) && net.Major >= 5 ? (Kind.DotNet, net) : null;
        }

        // net472: the digits are major, minor and build.
        return rest.All(char.IsAsciiDigit)
            ? (Kind.Framework, new Version(rest[0] - '0', rest.Length > 1 ? rest[1] - '0' : 0, rest.Length > 2 ? int.Parse(rest[2..], CultureInfo.InvariantCulture) : 0))
            : null;
    }
}
