using System.Globalization;

namespace Automation.Tools;

/// <summary>Builds a tool's argument list from settings: a value or a flag only when set, lists joined or repeated.</summary>
internal sealed class ToolArguments
{
    public List<string> Items { get; } = [];

    /// <summary>Adds arguments as they are.</summary>
    public ToolArguments Add(params string?[] values)
    {
        Items.AddRange(values.OfType<string>().Where(v => v.Length > 0));
        return this;
    }

    /// <summary><c>--name value</c> as two arguments, when the value is set.</summary>
    public ToolArguments Option(string name, object? value)
    {
        if (Text(value) is { } text)
        {
            Items.AddRange([name, text]);
        }

        return this;
    }

    /// <summary><c>--name=value</c> (or <c>/d:key=value</c>) as one argument, when the value is set.</summary>
    public ToolArguments Joined(string name, object? value)
    {
        if (Text(value) is { } text)
        {
            Items.Add(name + text);
        }

        return this;
    }

    /// <summary><c>--name value</c> once per value.</summary>
    public ToolArguments Repeated(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Option(name, value);
        }

        return this;
    }

    /// <summary><c>--name</c> when the flag is true.</summary>
    public ToolArguments Flag(string name, bool? value)
    {
        if (value == true)
        {
            Items.Add(name);
        }

        return this;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
