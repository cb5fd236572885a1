using Automation.Output;

namespace Automation.Hosts;

/// <summary>
/// CI systems whose logs have neither collapsible groups nor annotation commands in plain output (Jenkins,
/// AppVeyor, Bitbucket Pipelines): headings as on a terminal, <c>warning:</c>/<c>error:</c> prefixes that their
/// log parsers (e.g. Jenkins' warnings plugin) pick up, no colours.
/// </summary>
internal sealed class PlainCiHost(string name, HostOptions options) : OutputHost(options with { UseColor = false })
{
    public override string Name => name;
}
