namespace Automation;

/// <summary>
/// The shorter names builds use for <c>dotnet nuget delete</c>'s arguments (written, not generated):
/// <c>s.SetPackage(id).SetVersion(v)</c>, as NUKE-era helper settings named them, beside NUKE's <c>SetPackageId</c> and <c>SetPackageVersion</c>.
/// </summary>
public static partial class DotNetNuGetDeleteSettingsExtensions
{
    /// <summary>Sets <see cref="DotNetNuGetDeleteSettings.PackageId"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="package">The package id.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static DotNetNuGetDeleteSettings SetPackage(this DotNetNuGetDeleteSettings settings, string? package) => settings.SetPackageId(package);

    /// <summary>Sets <see cref="DotNetNuGetDeleteSettings.PackageVersion"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="version">The version to delete.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static DotNetNuGetDeleteSettings SetVersion(this DotNetNuGetDeleteSettings settings, string? version) => settings.SetPackageVersion(version);
}
