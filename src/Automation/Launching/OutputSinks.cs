namespace Automation.Launching;

/// <summary>Where a launched program's output goes: the lines and the raw text of each stream (any of them may be null).</summary>
internal sealed record OutputSinks(Action<string>? OutputLine, Action<string>? ErrorLine, Action<string>? OutputText, Action<string>? ErrorText);
