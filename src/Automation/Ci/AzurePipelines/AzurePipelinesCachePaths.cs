namespace Automation;

/// <summary>The folders <see cref="AzurePipelinesAttribute.CachePaths"/> names by default, by NUKE's names.</summary>
public static class AzurePipelinesCachePaths
{
    /// <summary>The bootstrap's SDK and compiled build: <c>.nuke/temp</c>.</summary>
    public const string Nuke = NukeLayout.RelativeTemporaryDirectory;

    /// <summary>The NuGet packages, which the pipeline keeps in <c>$(Pipeline.Workspace)/.nuget/packages</c> (<c>NUGET_PACKAGES</c>).</summary>
    public const string NuGet = "$(NUGET_PACKAGES)";
}
