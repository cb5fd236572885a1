using Automation.Tools;
using Automation.Tools.DotNet;

namespace Automation;

/// <summary>
/// What every <c>dotnet</c> command's settings have: <see cref="ToolSettings"/> (which <c>dotnet</c> to start, where,
/// how to run it, extra arguments) and the <c>dotnet</c> argument rules. Settings are immutable records: change them
/// with <c>with</c>, as in <c>ctx.DotNetBuild(s =&gt; s with { Configuration = "Release" })</c>, or NUKE's fluent forms.
/// Null, false and empty values add nothing to the command line, so a default settings object renders just the command.
/// </summary>
public abstract record DotNetSettings : ToolSettings
{
    // Only this assembly derives: the argument-building hooks use internal types.
    private protected DotNetSettings()
    {
    }

    private protected sealed override void AddArguments(ToolArguments arguments)
    {
        var dotnet = new DotNetArguments();
        AddArguments(dotnet);
        arguments.Items.AddRange(dotnet.ToList());
    }

    private protected sealed override void AddTrailingArguments(ToolArguments arguments)
    {
        var dotnet = new DotNetArguments();
        AddTrailingArguments(dotnet);
        arguments.Items.AddRange(dotnet.ToList());
    }

    /// <summary>Adds the command and its options.</summary>
    private protected abstract void AddArguments(DotNetArguments arguments);

    /// <summary>Adds what must come after <see cref="ToolSettings.ExtraArguments"/> (such as <c>-- RunSettings</c>).</summary>
    private protected virtual void AddTrailingArguments(DotNetArguments arguments)
    {
    }
}
