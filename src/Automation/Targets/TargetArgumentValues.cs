using Automation.Core;

namespace Automation.Targets;

/// <summary>
/// The values of one target's arguments for this run: each argument's default, then what a dependent target passed
/// (<see cref="TargetCall"/>), then what the command line gave, which wins.
/// </summary>
internal sealed class TargetArgumentValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);

    public TargetArgumentValues(string targetName, IReadOnlyList<TargetArgument> arguments)
    {
        TargetName = targetName;
        Arguments = arguments;
        foreach (var argument in arguments)
        {
            _values[argument.Name] = argument.DefaultValue;
        }
    }

    public string TargetName { get; }

    public IReadOnlyList<TargetArgument> Arguments { get; }

    /// <summary>The arguments and their values, in declaration order.</summary>
    public IEnumerable<(TargetArgument Argument, object? Value)> All => Arguments.Select(a => (a, _values[a.Name]));

    /// <summary>Whether the command line or a dependent target gave the argument a value.</summary>
    public bool IsGiven(string name) => _origins.ContainsKey(name);

    /// <summary>Where a given value came from (<c>the command line</c>, <c>target 'build'</c>); null for a default.</summary>
    public string? OriginOf(string name) => _origins.GetValueOrDefault(name);

    public object? this[string name] => _values[Find(name).Name];

    /// <summary>Sets a value from <paramref name="origin"/>; a different value from another dependent target is an error.</summary>
    public void Set(string name, object? value, string origin, bool wins)
    {
        var argument = Find(name);
        if (!wins && _origins.TryGetValue(argument.Name, out var earlier) && !Equals(_values[argument.Name], value))
        {
            if (earlier == TargetCall.CommandLineOrigin)
            {
                return; // the command line wins over what a dependent target passes
            }

            throw new UsageException(
                $"Argument '{argument.Name}' of target '{TargetName}' gets two values: {Show(_values[argument.Name])} from {earlier} and {Show(value)} from {origin}. Make the dependencies agree, or give it on the command line.");
        }

        _values[argument.Name] = value;
        _origins[argument.Name] = origin;
    }

    /// <summary>The argument named <paramref name="name"/> (case- and dash-insensitive).</summary>
    public TargetArgument Find(string name) =>
        Arguments.FirstOrDefault(a => Naming.Matches(a.Name, name))
        ?? throw new ArgumentException($"Target '{TargetName}' has no argument '{name}'. Its arguments: {(Arguments.Count == 0 ? "none" : string.Join(", ", Arguments.Select(a => a.Name)))}.", nameof(name));

    private static string Show(object? value) => value switch
    {
        null => "null",
        Array array => string.Join(",", array.Cast<object?>()),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
