namespace Automation;

/// <summary>The parameter's value never appears in any output: console, build.log, CI annotations, messages, echoed commands.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = true)]
public sealed class SecretAttribute : Attribute;
