using System.Reflection;
using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>
/// Fills a <see cref="Tool"/> member with a program inside a NuGet package (NUKE's <c>[NuGetPackage]</c>):
/// <c>[NuGetPackage("ReportGenerator", "ReportGenerator.dll", Framework = "net8.0")] readonly Tool ReportGenerator;</c>.
/// The variable <c>&lt;MEMBER&gt;_EXE</c> overrides it. Otherwise the package is the version the build project names in a
/// <c>&lt;PackageDownload&gt;</c> or <c>&lt;PackageReference&gt;</c> (or <see cref="Version"/>), read from the NuGet global
/// packages folder after restore; the program is the file named <c>packageExecutable</c> anywhere in it (<c>|</c>
/// separates alternatives), from <see cref="Framework"/>'s folder or the best one this runtime runs, an assembly (run
/// with dotnet) before an executable. A package not restored is a warning that names the <c>&lt;PackageDownload&gt;</c>
/// line to add.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public class NuGetPackageAttribute : ValueInjectionAttributeBase
{
    private readonly string _packageId;
    private readonly string _packageExecutable;

    /// <summary>A program of a package, the same on every platform.</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable">The program's file name inside it.</param>
    public NuGetPackageAttribute(string packageId, string packageExecutable)
        : this(packageId, packageExecutable, packageExecutable)
    {
    }

    /// <summary>A program of a package with a 32-bit and a 64-bit file.</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable32">The file on a 32-bit process.</param>
    /// <param name="packageExecutable64">The file on a 64-bit process.</param>
    public NuGetPackageAttribute(string packageId, string packageExecutable32, string packageExecutable64)
    {
        _packageId = packageId;
        _packageExecutable = Environment.Is64BitProcess ? packageExecutable64 : packageExecutable32;
    }

    /// <summary>The framework folder to take the program from (<c>net8.0</c>), when the package has several.</summary>
    public string? Framework { get; set; }

    /// <summary>The package version; default: the one of the build project.</summary>
    public string? Version { get; set; }

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var lookup = ToolLookup.Of(Build);
        var path = lookup.FromVariable(ToolEnvironment.OverrideVariable(member.Name))
            ?? lookup.InPackage(_packageId, _packageExecutable, Version, Framework);
        return lookup.ToolAt(path, _packageId);
    }
}
