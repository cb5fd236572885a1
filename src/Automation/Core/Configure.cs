namespace Automation;

/// <summary>
/// A settings hook: receives the settings a component prepared for a tool and returns them adjusted. Components expose
/// one per command, so a repository changes one step without rewriting the target:
/// <c>Configure&lt;DotNetTestSettings&gt; IUnitTest.UnitTestSettings =&gt; s =&gt; s with { Filter = "Category!=Slow" };</c>
/// </summary>
/// <typeparam name="TSettings">The tool's settings record.</typeparam>
/// <param name="settings">The settings as the component prepared them.</param>
/// <returns>The settings to run with.</returns>
public delegate TSettings Configure<TSettings>(TSettings settings);
