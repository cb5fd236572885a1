namespace Automation.IntegrationTests;

/// <summary>
/// xunit's <c>Assert</c> for every test in <c>Automation.IntegrationTests.*</c>: the engine has a public <c>Automation.Assert</c>
/// (NUKE's assertions for builds), which these namespaces would otherwise find first, before <c>using Xunit</c>.
/// </summary>
#pragma warning disable CA1052 // Derives from xunit's Assert to inherit its static members; it is never instantiated.
internal sealed class Assert : Xunit.Assert
#pragma warning restore CA1052
{
    private Assert()
    {
    }
}
