namespace Automation.Ci;

/// <summary>What a CI configuration attribute asks for, checked against the build: canonical target names, secrets bound to parameters.</summary>
/// <param name="Targets">The invoked targets' command-line names, in the order given.</param>
/// <param name="Secrets">The imported secrets.</param>
/// <param name="Artifacts">The artifacts to upload.</param>
/// <param name="TimeoutMinutes">The job timeout.</param>
internal sealed record CiPipeline(IReadOnlyList<string> Targets, IReadOnlyList<CiSecret> Secrets, IReadOnlyList<CiArtifact> Artifacts, int TimeoutMinutes)
{
    /// <summary>The NuGet cache and the bootstrap's temporary folder (SDK, compiled build) are worth keeping between runs.</summary>
    public const string TemporaryDirectory = ".nuke/temp";

    /// <summary>The files whose content decides whether the caches are still valid: SDK pin and package references.</summary>
    public static IReadOnlyList<string> CacheKeyFiles { get; } = ["**/global.json", "**/*.csproj", "**/Directory.Packages.props"];

    /// <summary>A step title such as <c>Run: test, pack</c>.</summary>
    public string Title => "Run: " + string.Join(", ", Targets);

    /// <summary>The command that runs the targets: <c>./build.sh test pack</c>, or <c>.\build.cmd test pack</c> on a Windows image.</summary>
    public string Command(string image) => BuildScript(image) + " " + string.Join(' ', Targets);

    public static bool IsWindows(string image) => image.StartsWith("windows", StringComparison.OrdinalIgnoreCase);

    public static string BuildScript(string image) => IsWindows(image) ? @".\build.cmd" : "./build.sh";
}
