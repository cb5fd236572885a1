namespace Automation;

/// <summary>What happens to a skipped target's dependencies that no other scheduled target needs.</summary>
public enum DependencyBehavior
{
    /// <summary>They are skipped too (the default).</summary>
    Skip,

    /// <summary>They still run.</summary>
    Execute,
}
