using System.Reflection;
using Automation.Tools.Delegates;

namespace Automation;

/// <summary>
/// Fills a <see cref="Tool"/> member with a program at a path, relative to the repository root unless absolute (NUKE's
/// <c>[LocalPath]</c>): <c>[LocalPath("tools/custom.sh")] readonly Tool Custom;</c>. A missing file is a warning naming
/// the member, which stays null.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public class LocalPathAttribute : ValueInjectionAttributeBase
{
    private readonly string _path;

    /// <summary>The same path on every platform.</summary>
    /// <param name="absoluteOrRelativePath">The program's path.</param>
    public LocalPathAttribute(string absoluteOrRelativePath) => _path = absoluteOrRelativePath;

    /// <summary>One path on Windows, another elsewhere.</summary>
    /// <param name="windowsPath">The program's path on Windows.</param>
    /// <param name="unixPath">The program's path on Linux and macOS.</param>
    public LocalPathAttribute(string windowsPath, string unixPath) => _path = OperatingSystem.IsWindows() ? windowsPath : unixPath;

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance) => ToolLookup.Of(Build).ToolAt(_path, $"[LocalPath(\"{_path}\")]");
}
