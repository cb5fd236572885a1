using System.Runtime.CompilerServices;

namespace Automation;

/// <summary>
/// NUKE's assertions for target actions: each throws an <see cref="InvalidOperationException"/> naming the checked
/// expression (the compiler fills it in), which fails the running target with that message.
/// </summary>
public static class Assert
{
    /// <summary>Fails unless <paramref name="condition"/> holds.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="message">The failure message; default: names the expression.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    public static void True([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string? message = null, [CallerArgumentExpression(nameof(condition))] string? expression = null)
    {
        if (!condition)
        {
            Fail(message ?? $"Assertion failed: {expression}");
        }
    }

    /// <summary>Fails when <paramref name="condition"/> holds.</summary>
    /// <param name="condition">What must not hold.</param>
    /// <param name="message">The failure message; default: names the expression.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    public static void False([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(true)] bool condition, string? message = null, [CallerArgumentExpression(nameof(condition))] string? expression = null)
    {
        if (condition)
        {
            Fail(message ?? $"Assertion failed: !({expression})");
        }
    }

    /// <summary>Returns the value, or fails when it is null: <c>var project = Solution.GetProject("App").NotNull();</c>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="message">The failure message; default: names the expression.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <returns>The value, not null.</returns>
    public static T NotNull<T>([System.Diagnostics.CodeAnalysis.NotNull] this T? value, string? message = null, [CallerArgumentExpression(nameof(value))] string? expression = null)
        where T : class =>
        value ?? throw Failure(message ?? $"Expected a value, but {expression} is null");

    /// <summary>Returns the value, or fails when it is null.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="message">The failure message; default: names the expression.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <returns>The value.</returns>
    public static T NotNull<T>([System.Diagnostics.CodeAnalysis.NotNull] this T? value, string? message = null, [CallerArgumentExpression(nameof(value))] string? expression = null)
        where T : struct =>
        value ?? throw Failure(message ?? $"Expected a value, but {expression} is null");

    /// <summary>Returns the items, or fails when there are none.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="message">The failure message; default: names the expression.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <returns>The items, as a list.</returns>
    public static IReadOnlyList<T> NotEmpty<T>(this IEnumerable<T>? items, string? message = null, [CallerArgumentExpression(nameof(items))] string? expression = null)
    {
        var list = items.NotNull(message, expression).ToList();
        return list.Count > 0 ? list : throw Failure(message ?? $"Expected at least one item, but {expression} is empty");
    }

    /// <summary>Returns the text, or fails when it is null or empty.</summary>
    /// <param name="text">The text.</param>
    /// <param name="message">The failure message; default: names the expression.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <returns>The text.</returns>
    public static string NotNullOrEmpty([System.Diagnostics.CodeAnalysis.NotNull] this string? text, string? message = null, [CallerArgumentExpression(nameof(text))] string? expression = null) =>
        string.IsNullOrEmpty(text) ? throw Failure(message ?? $"Expected text, but {expression} is {(text is null ? "null" : "empty")}") : text;

    /// <summary>Returns the items, or fails unless there are exactly <paramref name="length"/> (NUKE's parameter name: <c>Assert.Count(parts, length: 2)</c>).</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="length">How many there must be.</param>
    /// <param name="message">The failure message; default: names the expression and both counts.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <returns>The items, as a list.</returns>
    public static IReadOnlyList<T> Count<T>(this IEnumerable<T>? items, int length, string? message = null, [CallerArgumentExpression(nameof(items))] string? expression = null)
    {
        var list = items.NotNull(message, expression).ToList();
        return list.Count == length ? list : throw Failure(message ?? $"Expected {length} items in {expression}, but found {list.Count}");
    }

    /// <summary>Returns the only item, or fails unless there is exactly one.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="message">The failure message.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    /// <returns>The item.</returns>
    public static T HasSingleItem<T>(this IEnumerable<T>? items, string? message = null, [CallerArgumentExpression(nameof(items))] string? expression = null) =>
        Count(items, 1, message, expression)[0];

    /// <summary>Returns the path, or fails when no file is there.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="message">The failure message; default: names the path.</param>
    /// <returns>The path.</returns>
    public static string FileExists(string path, string? message = null) =>
        File.Exists(path) ? path : throw Failure(message ?? $"Expected the file '{path}' to exist");

    /// <summary>Returns the path, or fails when no directory is there.</summary>
    /// <param name="path">The directory's path.</param>
    /// <param name="message">The failure message; default: names the path.</param>
    /// <returns>The path.</returns>
    public static string DirectoryExists(string path, string? message = null) =>
        Directory.Exists(path) ? path : throw Failure(message ?? $"Expected the directory '{path}' to exist");

    /// <summary>Fails with a message (which fails the running target).</summary>
    /// <param name="message">What went wrong and, best, how to fix it.</param>
    /// <exception cref="InvalidOperationException">Always.</exception>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Fail(string message) => throw Failure(message);

    private static InvalidOperationException Failure(string message) => new(message);
}
