using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Automation.Targets;

/// <summary>A condition or requirement, kept with readable text for messages: an expression, or a delegate with the source text the compiler gave for it.</summary>
internal sealed partial class Condition
{
    private readonly LambdaExpression? _expression;
    private Delegate? _compiled;

    public Condition(LambdaExpression expression)
    {
        _expression = expression;
        Text = Describe(expression.Body);
        MemberName = Unwrap(expression.Body) is MemberExpression member ? member.Member.Name : null;
    }

    /// <summary>A condition written as a delegate (NUKE 7's <c>OnlyWhenStatic(Func&lt;bool&gt;)</c>), so <c>is</c> patterns and other forms an expression tree cannot hold compile.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="sourceText">What <c>[CallerArgumentExpression]</c> captured (<c>() =&gt; IsServerBuild</c>), or a reason the caller gave instead.</param>
    public Condition(Func<bool> condition, string? sourceText)
    {
        _compiled = condition;
        Text = DescribeSource(sourceText);
    }

    /// <summary>The expression as the user wrote it, without compiler noise (<c>IsServerBuild</c>, not <c>value(Build).IsServerBuild</c>).</summary>
    public string Text { get; }

    /// <summary>The field or property the expression reads, when it is a plain member access.</summary>
    public string? MemberName { get; }

    /// <summary>The condition's value.</summary>
    /// <exception cref="TargetInvocationException">The condition threw; the inner exception is what it threw.</exception>
    public object? Evaluate()
    {
        if (_compiled is Func<bool> condition)
        {
            try
            {
                return condition();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The same shape as an expression's DynamicInvoke, so callers report both alike.
                throw new TargetInvocationException(exception);
            }
        }

        // Interpretation avoids emitting IL for conditions that are evaluated once.
        _compiled ??= _expression!.Compile(preferInterpretation: true);
        return _compiled.DynamicInvoke();
    }

    private static Expression Unwrap(Expression body) =>
        body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? Unwrap(convert.Operand) : body;

    private static string Describe(Expression body)
    {
        var text = Unwrap(body).ToString();
        text = ClosurePrefix().Replace(text, string.Empty);
        return ConvertCall().Replace(text, "$1");
    }

    // "() => IsServerBuild" reads as "IsServerBuild", as an expression's text does; a multi-line lambda becomes one line.
    private static string DescribeSource(string? sourceText)
    {
        if (string.IsNullOrWhiteSpace(sourceText))
        {
            return "(condition)";
        }

        var text = Whitespace().Replace(sourceText.Trim(), " ");
        var lambda = LambdaPrefix().Match(text);
        return lambda.Success && lambda.Length < text.Length ? text[lambda.Length..] : text;
    }

    [GeneratedRegex(@"value\([^()]*\)\.")]
    private static partial Regex ClosurePrefix();

    [GeneratedRegex(@"Convert\(([^,()]*), [\w.`\[\]]+\)")]
    private static partial Regex ConvertCall();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:static\s+)?(?:async\s+)?\(\s*\)\s*=>\s*")]
    private static partial Regex LambdaPrefix();
}
