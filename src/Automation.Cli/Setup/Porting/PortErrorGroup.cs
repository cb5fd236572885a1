namespace Automation.Cli.Setup.Porting;

/// <summary>The errors of one kind left in a ported build: one code about one name.</summary>
/// <param name="Code">The compiler's code (<c>CS0246</c>).</param>
/// <param name="Subject">The type or member the errors are about (<c>Solution</c>).</param>
/// <param name="Example">The message of one of them.</param>
/// <param name="Count">How many there are.</param>
/// <param name="FirstLocation">Where the first is (<c>build/Build.cs:12</c>).</param>
/// <param name="Hint">What to do, from docs/porting-from-nuke.md, or null.</param>
internal sealed record PortErrorGroup(string Code, string Subject, string Example, int Count, string FirstLocation, string? Hint);
