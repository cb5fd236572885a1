namespace Automation.Cli.Setup;

/// <summary>
/// This repository's own bootstrap scripts and SDK pin, embedded in the tool from the files themselves (see the
/// project file), so a repository set up with the tool bootstraps exactly as this one does.
/// </summary>
internal static class EmbeddedFiles
{
    /// <summary>The bootstrap scripts, by file name; all three are executable (build.cmd is a cmd/bash polyglot).</summary>
    public static IReadOnlyList<string> BootstrapScripts { get; } = ["build.sh", "build.cmd", "build.ps1"];

    /// <summary>The content of the embedded file <paramref name="name"/> (e.g. <c>build.sh</c>, <c>global.json</c>).</summary>
    public static string Read(string name)
    {
        using var stream = typeof(EmbeddedFiles).Assembly.GetManifestResourceStream($"Automation.Cli.Setup.{name}")
            ?? throw new InvalidOperationException($"The tool has no embedded {name}: it was built without it.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
