using Automation.Output.Terminal;

namespace Automation.Output;

/// <summary>A developer's terminal: headings per target, colours unless <c>--no-color</c>, <c>NO_COLOR</c> or redirected
/// output; when the output is an interactive terminal, a live status line while targets run in parallel.</summary>
internal sealed class TerminalHost(HostOptions options) : OutputHost(options)
{
    private readonly StatusArea? _statusArea = options.TerminalWidth is { } width ? new StatusArea(options.Writer, width, options.UseColor) : null;

    public override string Name => "terminal";

    public override bool ShowsGroupsInPlanOrder => false;

    public override StatusArea? StatusArea => _statusArea;
}
