using System.Globalization;
using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>Lets a test build record the parameter values it saw (<c>count=5</c>) and a test read them back.</summary>
internal static class Recorded
{
    public static void Values(params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            Trace.Record($"{name}={Format(value)}");
        }
    }

    /// <summary>The value a build recorded under <paramref name="name"/>; fails with the build's output when there is none.</summary>
    public static string Value(this BuildRun run, string name)
    {
        var prefix = name + "=";
        var entry = run.Trace.LastOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(entry is not null, $"The build recorded no value for '{name}' (exit code {run.ExitCode}). Output:\n{run.Output}");
        return entry[prefix.Length..];
    }

    /// <summary>Invariant text for a value: <c>&lt;null&gt;</c>, <c>true</c>, <c>2.5</c>, <c>[a,b]</c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "<null>",
        bool flag => flag ? "true" : "false",
        string text => text,
        Array array => "[" + string.Join(",", array.Cast<object?>().Select(Format)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Whether any line of the text is a stack-trace frame.</summary>
    public static bool HasStackTrace(string text) => text.Split('\n').Any(line => line.StartsWith("   at ", StringComparison.Ordinal));
}
