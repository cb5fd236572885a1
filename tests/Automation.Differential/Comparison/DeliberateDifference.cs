using Automation.Differential.Oracle;

namespace Automation.Differential.Comparison;

/// <summary>A difference from GitVersion we keep on purpose: its name, why, and which differences it covers.</summary>
public sealed record DeliberateDifference(string Name, string Reason, Func<EngineAnswer, EngineAnswer, string, bool> Covers);
