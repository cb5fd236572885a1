namespace Automation;

/// <summary>NUKE 5's name of <see cref="NuGetPackageAttribute"/>: <c>[PackageExecutable("dotnet-sonarscanner", "SonarScanner.MSBuild.dll")]</c>.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class PackageExecutableAttribute : NuGetPackageAttribute
{
    /// <summary>A program of a package, the same on every platform.</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable">The program's file name inside it.</param>
    public PackageExecutableAttribute(string packageId, string packageExecutable)
        : base(packageId, packageExecutable)
    {
    }

    /// <summary>A program of a package with a 32-bit and a 64-bit file.</summary>
    /// <param name="packageId">The package id.</param>
    /// <param name="packageExecutable32">The file on a 32-bit process.</param>
    /// <param name="packageExecutable64">The file on a 64-bit process.</param>
    public PackageExecutableAttribute(string packageId, string packageExecutable32, string packageExecutable64)
        : base(packageId, packageExecutable32, packageExecutable64)
    {
    }
}
