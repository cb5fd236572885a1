using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>SignClientTasks</c>: <c>SignClientSign(s =&gt; s.SetConfig(settings).SetInput(package)...)</c> with
/// <c>using static Automation.SignClientTasks;</c>, run in the running target. SignClient is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>SIGNCLIENT_EXE</c>, <c>SetProcessToolPath</c>, a local tool
/// <c>SignClient</c>, a <c>&lt;PackageDownload Include="SignClient" …/&gt;</c>, PATH); when it is missing the error names
/// the package.
/// </summary>
public sealed class SignClientTasks : IRequireTool
{
    // Not static, so that [Requires<SignClientTasks>] can name it; it has only static members.
    private SignClientTasks()
    {
    }

    /// <summary>The tool name SignClient is resolved by.</summary>
    public const string ToolName = "SignClient";

    /// <summary>Runs <c>SignClient sign</c>.</summary>
    /// <param name="configurator">Sets the file, the credentials and the description.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">SignClient was not found.</exception>
    public static IReadOnlyCollection<OutputLine> SignClientSign(Configure<SignClientSignSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(SignClientSign), ToolName, configurator(new SignClientSignSettings()));
    }
}
