namespace Automation.Hosts;

/// <summary>A developer's terminal: headings per target, colours unless <c>--no-color</c>, <c>NO_COLOR</c> or redirected output.</summary>
internal sealed class TerminalHost(HostOptions options) : Host(options)
{
    public override string Name => "terminal";

    public override bool ShowsGroupsInPlanOrder => false;
}
