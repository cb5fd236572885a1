using Automation.Tests.Support;

namespace Automation.Tests.Hosts;

/// <summary>Output with ESC and CR made visible (GitLab's <c>\r\e[0K</c>), so expected files can be read and reviewed.</summary>
internal static class VisibleOutput
{
    public static string Visible(this BuildRun run) =>
        run.Output.Replace("\u001b", "<ESC>", StringComparison.Ordinal).Replace("\r", "<CR>", StringComparison.Ordinal);
}
