namespace Automation;

/// <summary>Starts a <see cref="TargetCall"/> from a target: <c>Clean.With("docs", true)</c>.</summary>
public static class TargetCalls
{
    /// <summary>The target with a value for one of its arguments, for <see cref="ITargetDefinition.DependsOn(TargetCall[])"/>.</summary>
    /// <param name="target">The target to call.</param>
    /// <param name="argument">The argument's name (<c>docs</c>; case and dashes do not matter).</param>
    /// <param name="value">Its value, of the argument's type.</param>
    public static TargetCall With(this Target target, string argument, object? value)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new TargetCall(target, new Dictionary<string, object?>(StringComparer.Ordinal)).With(argument, value);
    }
}
