using System.Globalization;

namespace Automation;

/// <summary>
/// Extra command-line arguments, for NUKE's <c>SetProcessArgumentConfigurator(a =&gt; a.Add("--no-cache"))</c>: each
/// <see cref="Add(string)"/> is one argument, passed as it is (no shell, no quoting problems).
/// </summary>
public sealed class Arguments
{
    private readonly List<string> _items;

    /// <summary>Starts from the given arguments.</summary>
    /// <param name="items">The arguments so far.</param>
    public Arguments(IEnumerable<string>? items = null)
    {
        _items = [.. items ?? []];
    }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<string> Items => _items;

    /// <summary>Adds one argument.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>These arguments.</returns>
    public Arguments Add(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        _items.Add(argument);
        return this;
    }

    /// <summary>Adds one argument built from a format with <c>{value}</c> in it (<c>Add("-p:Version={value}", version)</c>); nothing for a null value.</summary>
    /// <param name="format">The argument, <c>{value}</c> standing for the value.</param>
    /// <param name="value">The value; null adds nothing.</param>
    /// <returns>These arguments.</returns>
    public Arguments Add(string format, object? value)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (value is null)
        {
            return this;
        }

        var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
        return Add(format.Replace("{value}", text, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', _items.Select(a => a.DoubleQuoteIfNeeded()));
}
