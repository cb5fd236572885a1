namespace Automation;

/// <summary>Settings of <c>dotnet tool install</c>, for <see cref="DotNetTasks.DotNetToolInstall(ITargetContext, Func{DotNetToolInstallSettings, DotNetToolInstallSettings})"/>.</summary>
public sealed record DotNetToolInstallSettings : DotNetToolPackageSettings
{
    private protected override string Command => "install";
}
