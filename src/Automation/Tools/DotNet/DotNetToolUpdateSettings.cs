namespace Automation;

/// <summary>Settings of <c>dotnet tool update</c> (installs the tool when it is missing), for <see cref="DotNetTasks.DotNetToolUpdate(ITargetContext, Func{DotNetToolUpdateSettings, DotNetToolUpdateSettings})"/>.</summary>
public sealed record DotNetToolUpdateSettings : DotNetToolPackageSettings
{
    private protected override string Command => "update";
}
