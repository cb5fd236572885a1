using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>CodecovTasks</c>: uploads coverage to Codecov from the running target, <c>Codecov(s =&gt;
/// s.SetFiles(coverage).SetToken(token))</c> with <c>using static Automation.CodecovTasks;</c>. The uploader is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>CODECOV_EXE</c>, a <c>&lt;PackageDownload
/// Include="CodecovUploader" …/&gt;</c> of the build project, a local tool, PATH); when it is missing the error names the
/// package to add.
/// </summary>
public sealed class CodecovTasks : IRequireTool
{
    // Not static, so that [Requires<CodecovTasks>] can name it; it has only static members.
    private CodecovTasks()
    {
    }

    /// <summary>The tool name the uploader is resolved by.</summary>
    public const string ToolName = "codecov";

    /// <summary>Runs the uploader.</summary>
    /// <param name="configurator">Sets the files, the token and the rest.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">The uploader was not found.</exception>
    public static IReadOnlyCollection<OutputLine> Codecov(Configure<CodecovSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(Codecov), ToolName, ToolTaskRunner.Apply(configurator, new CodecovSettings()));
}
