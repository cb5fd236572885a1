namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The file the port adds to a build that uses MSBuild's types (<c>ProjectCollection</c>, <c>BuildAbortedException</c>,
/// …): a module initializer that makes the build use the .NET SDK's MSBuild through <c>Microsoft.Build.Locator</c>, as
/// Nuke.Common did for every build. MSBuild's package is referenced for compiling only, so without it the first MSBuild
/// type fails to load; with MSBuild's own copy instead, evaluating a project fails, finding no SDK.
/// </summary>
internal static class MSBuildRegistration
{
    /// <summary>Where the file goes, relative to the root.</summary>
    public const string Path = "build/MSBuildRegistration.cs";

    /// <summary>The file's text.</summary>
    public const string Source = """
        using System.Runtime.CompilerServices;
        using Microsoft.Build.Locator;

        // Written by automation :setup --port-nuke. The build references MSBuild's packages for compiling only
        // (ExcludeAssets="runtime"): at run time it uses the MSBuild of the .NET SDK running it, which evaluates projects
        // with the SDK's targets and resolvers. This registers that MSBuild before any MSBuild type is loaded, as
        // Nuke.Common did.
        internal static class MSBuildRegistration
        {
            [ModuleInitializer]
            internal static void Register()
            {
                if (MSBuildLocator.CanRegister)
                {
                    MSBuildLocator.RegisterDefaults();
                }
            }
        }

        """;
}
