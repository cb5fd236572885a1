namespace Automation;

/// <summary>
/// A target with values for its arguments, for a dependency (pyinvoke's <c>pre=[call(clean, docs=True)]</c>):
/// <c>.DependsOn(Clean.With("docs", true))</c>. The values apply when the target runs because of this dependency;
/// a value the command line gives that target wins, and two dependents that pass different values are an error.
/// </summary>
public sealed class TargetCall
{
    /// <summary>The origin of values from the command line, as <see cref="Targets.TargetArgumentValues"/> records it.</summary>
    internal const string CommandLineOrigin = "the command line";

    internal TargetCall(Target target, IReadOnlyDictionary<string, object?> arguments)
    {
        Target = target;
        Arguments = arguments;
    }

    /// <summary>The target called.</summary>
    public Target Target { get; }

    /// <summary>The argument values passed, by argument name.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Passes one more argument value.</summary>
    /// <param name="argument">The argument's name (<c>docs</c>; case and dashes do not matter).</param>
    /// <param name="value">Its value, of the argument's type.</param>
    public TargetCall With(string argument, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(argument);
        return new TargetCall(Target, new Dictionary<string, object?>(Arguments, StringComparer.Ordinal) { [argument] = value });
    }
}
