using System.Reflection;
using Automation.IntegrationTests.Support;
using Xunit.Sdk;

namespace Automation.IntegrationTests.Bootstrap;

/// <summary>
/// One row of a <see cref="BootstrapTheoryAttribute"/>: the bootstrap script to run, <c>build.sh</c> (with bash) or
/// <c>build.ps1</c> (with pwsh). The <c>build.ps1</c> row is skipped, saying so, when pwsh is not there.
/// </summary>
public sealed class BootstrapScriptAttribute : DataAttribute
{
    public BootstrapScriptAttribute(string script)
    {
        Script = script;
        if (script == BootstrapScript.PowerShell && Pwsh.Path is null)
        {
            Skip = Pwsh.Missing;
        }
    }

    public string Script { get; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Script]];
}
