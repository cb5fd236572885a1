namespace Automation;

/// <summary>
/// Switches parts of the build's own console output off (NUKE's <c>[DisableDefaultOutput]</c>):
/// <c>[DisableDefaultOutput(DefaultOutput.TargetOutcome)]</c> drops the summary table. Without arguments, all of
/// <see cref="DefaultOutput"/>. build.log keeps everything. Override <see cref="IsApplicable"/> to switch only on
/// some hosts, or use <see cref="DisableDefaultOutputAttribute{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class DisableDefaultOutputAttribute : Attribute
{
    /// <summary>Switches <paramref name="disabledOutputs"/> off; none given: all of them.</summary>
    /// <param name="disabledOutputs">The parts to switch off.</param>
    public DisableDefaultOutputAttribute(params DefaultOutput[] disabledOutputs)
    {
        ArgumentNullException.ThrowIfNull(disabledOutputs);
        DisabledOutputs = disabledOutputs.Length > 0 ? disabledOutputs : Enum.GetValues<DefaultOutput>();
    }

    /// <summary>The parts switched off.</summary>
    public IReadOnlyList<DefaultOutput> DisabledOutputs { get; }

    /// <summary>Whether the switch applies to this run (always, unless overridden).</summary>
    /// <param name="build">The build.</param>
    public virtual bool IsApplicable(IAutomationBuild build) => true;
}
