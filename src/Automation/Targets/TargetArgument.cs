namespace Automation.Targets;

/// <summary>
/// An argument a target takes on the command line (pyinvoke's rule: an option after a target's name belongs to that
/// target). A positional one is filled by the words that follow the target's name, in declaration order.
/// </summary>
/// <param name="Name">The kebab-case name: <c>--docs</c>, or <c>&lt;environment&gt;</c> for a positional.</param>
/// <param name="ValueType">string, bool, int, long, double, an enum, <see cref="AbsolutePath"/>, or an array of one of them.</param>
/// <param name="Description">Shown in the target's help.</param>
/// <param name="DefaultValue">The value when neither the command line nor a dependent target gives one.</param>
/// <param name="IsPositional">Filled by a word after the target's name rather than by <c>--name</c> (which also works).</param>
/// <param name="IsRequired">A value must be given (a positional without a default).</param>
internal sealed record TargetArgument(string Name, Type ValueType, string Description, object? DefaultValue, bool IsPositional, bool IsRequired)
{
    /// <summary>Whether the argument is a flag: a bare <c>--name</c> means true, <c>--no-name</c> false.</summary>
    public bool IsFlag => ValueType == typeof(bool);

    /// <summary>Whether the argument takes several values (repeated or comma-separated).</summary>
    public bool IsArray => ValueType.IsArray;
}
