using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using Automation.Core;

namespace Automation;

/// <summary>
/// The machine and process a build runs in (NUKE's <c>EnvironmentInfo</c>): the platform, environment variables and
/// the working directory. <c>using static Automation.EnvironmentInfo;</c> makes <c>IsWin</c> or
/// <c>EnsureVariable("NUGET_API_KEY")</c> read as in NUKE. For values a build takes from its user, prefer a
/// <c>[Parameter]</c> field: it also reads the environment, and shows in <c>--help</c>.
/// </summary>
public static class EnvironmentInfo
{
    /// <summary>The line separator of this platform.</summary>
    public static string NewLine => Environment.NewLine;

    /// <summary>The machine's name.</summary>
    public static string MachineName => Environment.MachineName;

    /// <summary>The operating system family the build runs on.</summary>
    public static PlatformFamily Platform =>
        OperatingSystem.IsWindows() ? PlatformFamily.Windows
        : OperatingSystem.IsMacOS() ? PlatformFamily.OSX
        : OperatingSystem.IsLinux() ? PlatformFamily.Linux
        : PlatformFamily.Unknown;

    /// <summary>Whether the build runs on Windows.</summary>
    public static bool IsWin => Platform == PlatformFamily.Windows;

    /// <summary>Whether the build runs on Linux or macOS.</summary>
    public static bool IsUnix => Platform is PlatformFamily.Linux or PlatformFamily.OSX;

    /// <summary>Whether the build runs on Linux.</summary>
    public static bool IsLinux => Platform == PlatformFamily.Linux;

    /// <summary>Whether the build runs on macOS.</summary>
    public static bool IsOsx => Platform == PlatformFamily.OSX;

    /// <summary>Whether the operating system runs on a 64-bit ARM processor.</summary>
    public static bool IsArm64 => RuntimeInformation.OSArchitecture == Architecture.Arm64;

    /// <summary>Whether the operating system is 64-bit.</summary>
    public static bool Is64Bit => Environment.Is64BitOperatingSystem;

    /// <summary>Whether the operating system is 32-bit.</summary>
    public static bool Is32Bit => !Is64Bit;

    /// <summary>The process's environment variables (names compared without case on Windows), as they are now.</summary>
    public static IReadOnlyDictionary<string, string> Variables
    {
        get
        {
            var variables = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                variables[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
            }

            return variables;
        }
    }

    /// <summary>The folders of <c>PATH</c>, in order.</summary>
    public static IReadOnlyCollection<string> Paths =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The process's working directory; setting it changes the directory of the whole process.</summary>
    public static AbsolutePath WorkingDirectory
    {
        get => AbsolutePath.Create(Environment.CurrentDirectory);
        set => Environment.CurrentDirectory = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Makes <paramref name="path"/> the working directory until the result is disposed.</summary>
    public static IDisposable SwitchWorkingDirectory(this AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = path;
        return new Restore(() => Environment.CurrentDirectory = previous);
    }

    /// <summary>Whether the variable is set (and, unless <paramref name="allowEmpty"/>, not empty).</summary>
    public static bool HasVariable(string name, bool allowEmpty = true) =>
        Environment.GetEnvironmentVariable(name) is { } value && (allowEmpty || value.Length > 0);

    /// <summary>The variable's value, or null when it is not set.</summary>
    public static string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    /// <summary>
    /// The variable's value converted to <typeparamref name="T"/> (numbers, booleans, enums, paths…), or
    /// <c>default</c> when it is not set; an array type splits the value at <paramref name="separator"/> (default:
    /// whitespace).
    /// </summary>
    /// <exception cref="UsageException">The value does not convert to <typeparamref name="T"/>.</exception>
    public static T? GetVariable<T>(string name, char? separator = null)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return value is null ? default : (T?)Convert(name, value, typeof(T), separator);
    }

    /// <summary>The variable's value.</summary>
    /// <exception cref="UsageException">The variable is not set, or is empty.</exception>
    public static string EnsureVariable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new UsageException($"The environment variable {name} is not set: set it (export {name}=… or $env:{name} = …) and run the build again.");

    /// <summary>The variable's value converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="UsageException">The variable is not set, or does not convert.</exception>
    public static T EnsureVariable<T>(string name, char? separator = null) => (T)Convert(name, EnsureVariable(name), typeof(T), separator)!;

    /// <summary>Sets the variable for this process and the processes it starts.</summary>
    public static void SetVariable(string name, string value) => Environment.SetEnvironmentVariable(name, value);

    /// <summary>Sets the variable to <paramref name="value"/> in invariant text (collections: space-separated).</summary>
    public static void SetVariable<T>(string name, T value) => Environment.SetEnvironmentVariable(name, Format(value));

    /// <summary>Removes the variable from this process.</summary>
    public static void RemoveVariable(string name) => Environment.SetEnvironmentVariable(name, null);

    /// <summary>Replaces <c>%NAME%</c> (and <c>$NAME</c> on Unix) with the variables' values.</summary>
    public static string ExpandVariables(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var expanded = Environment.ExpandEnvironmentVariables(value);
        return OperatingSystem.IsWindows()
            ? expanded
            : System.Text.RegularExpressions.Regex.Replace(expanded, @"\$(\w+)", m => Environment.GetEnvironmentVariable(m.Groups[1].Value) ?? m.Value);
    }

    private static object? Convert(string name, string value, Type type, char? separator)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var parts = separator is { } s ? value.Split(s, StringSplitOptions.RemoveEmptyEntries) : value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var array = Array.CreateInstance(element, parts.Length);
            for (var i = 0; i < parts.Length; i++)
            {
                array.SetValue(Convert(name, parts[i].Trim(), element, null), i);
            }

            return array;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            if (target == typeof(string))
            {
                return value;
            }

            if (target == typeof(AbsolutePath))
            {
                return AbsolutePath.Create(Path.GetFullPath(value));
            }

            if (target.IsEnum)
            {
                return Enum.Parse(target, value, ignoreCase: true);
            }

            return TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            throw new UsageException($"The environment variable {name} is '{value}', which is not a {target.Name} ({exception.Message}): set it to one.");
        }
    }

    private static string? Format<T>(T value) => value switch
    {
        null => null,
        string text => text,
        IEnumerable items => string.Join(' ', items.Cast<object?>().Select(i => string.Format(CultureInfo.InvariantCulture, "{0}", i))),
        _ => string.Format(CultureInfo.InvariantCulture, "{0}", value),
    };

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
