namespace Automation;

/// <summary>
/// NUKE's <c>[UnsetVisualStudioEnvironmentVariables]</c> on the build class: commands the targets run do not inherit
/// the variables a Visual Studio developer prompt sets (<c>VisualStudioVersion</c>, <c>VSINSTALLDIR</c>,
/// <c>MSBuildExtensionsPath</c>, <c>MSBUILD_EXE_PATH</c>, <c>MSBuildSDKsPath</c>, ...), which make <c>dotnet</c> use
/// Visual Studio's MSBuild instead of the SDK's.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UnsetVisualStudioEnvironmentVariablesAttribute : Attribute
{
    /// <summary>The variables unset for commands.</summary>
    public static IReadOnlyList<string> Variables { get; } =
    [
        "VisualStudioVersion", "VSINSTALLDIR", "VCINSTALLDIR", "VSCMD_ARG_app_plat", "VSCMD_ARG_HOST_ARCH", "VSCMD_ARG_TGT_ARCH", "VSCMD_VER",
        "VS140COMNTOOLS", "VS150COMNTOOLS", "VS160COMNTOOLS", "VS170COMNTOOLS", "DevEnvDir", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
    ];
}
