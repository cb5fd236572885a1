using System.Globalization;

namespace Automation.Tools.DotNet;

/// <summary>Builds a <c>dotnet</c> argument list: options are added only when set, so defaults render nothing.</summary>
internal sealed class DotNetArguments
{
    private readonly List<string> _items = [];

    /// <summary>Adds <paramref name="values"/> as they are (a command, a positional argument), skipping null or empty ones.</summary>
    public DotNetArguments Add(params IEnumerable<string?> values)
    {
        _items.AddRange(values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!));
        return this;
    }

    /// <summary>Adds <c>name value</c> when the value is neither null nor empty.</summary>
    public DotNetArguments Option(string name, string? value) => string.IsNullOrEmpty(value) ? this : Add(name, value);

    /// <summary>Adds <c>name value</c> when the value is set, formatted invariantly.</summary>
    public DotNetArguments Option(string name, long? value) => Option(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>name level</c> when a verbosity is set.</summary>
    public DotNetArguments Option(string name, DotNetVerbosity? verbosity) => Option(name, verbosity switch
    {
        null => null,
        DotNetVerbosity.Quiet => "quiet",
        DotNetVerbosity.Minimal => "minimal",
        DotNetVerbosity.Normal => "normal",
        DotNetVerbosity.Detailed => "detailed",
        DotNetVerbosity.Diagnostic => "diagnostic",
        _ => throw new ArgumentOutOfRangeException(nameof(verbosity), verbosity, "Unknown verbosity."),
    });

    /// <summary>Adds <c>name value</c> once per value.</summary>
    public DotNetArguments Options(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Option(name, value);
        }

        return this;
    }

    /// <summary>Adds <paramref name="name"/> when <paramref name="on"/>.</summary>
    public DotNetArguments Flag(string name, bool on) => on ? Add(name) : this;

    /// <summary>Adds <paramref name="whenTrue"/> or <paramref name="whenFalse"/> for a set value, nothing for null.</summary>
    public DotNetArguments Switch(bool? value, string whenTrue, string whenFalse) =>
        value is null ? this : Add(value.Value ? whenTrue : whenFalse);

    /// <summary>Adds <c>-p:Name=Value</c> when the value is set; the value is escaped for MSBuild.</summary>
    public DotNetArguments Property(string name, string? value) =>
        value is null ? this : Add($"-p:{name}={MSBuildEscaping.Escape(value)}");

    /// <summary>Adds <c>-p:Name=true|false</c> when the value is set.</summary>
    public DotNetArguments Property(string name, bool? value) => Property(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds <c>-p:Name=Value</c> when the value is set, formatted invariantly.</summary>
    public DotNetArguments Property(string name, int? value) => Property(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>-p:Name=a;b</c> (joined with <paramref name="separator"/>, then escaped) when there are values.</summary>
    public DotNetArguments Property<T>(string name, IReadOnlyList<T> values, string separator) =>
        values.Count == 0 ? this : Property(name, string.Join(separator, values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));

    /// <summary>Adds <c>-p:Name=Value</c> for each entry, in the dictionary's order.</summary>
    public DotNetArguments Properties(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var (name, value) in properties)
        {
            Property(name, value);
        }

        return this;
    }

    /// <summary>The arguments added so far.</summary>
    public IReadOnlyList<string> ToList() => [.. _items];
}
