using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Automation.Targets;

/// <summary>A condition or requirement written as an expression, kept with readable text for messages.</summary>
internal sealed partial class Condition
{
    private readonly LambdaExpression _expression;
    private Delegate? _compiled;

    public Condition(LambdaExpression expression)
    {
        _expression = expression;
        Text = Describe(expression.Body);
        MemberName = Unwrap(expression.Body) is MemberExpression member ? member.Member.Name : null;
    }

    /// <summary>The expression as the user wrote it, without compiler noise (<c>IsServerBuild</c>, not <c>value(Build).IsServerBuild</c>).</summary>
    public string Text { get; }

    /// <summary>The field or property the expression reads, when it is a plain member access.</summary>
    public string? MemberName { get; }

    public object? Evaluate()
    {
        // Interpretation avoids emitting IL for conditions that are evaluated once.
        _compiled ??= _expression.Compile(preferInterpretation: true);
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

    [GeneratedRegex(@"value\([^()]*\)\.")]
    private static partial Regex ClosurePrefix();

    [GeneratedRegex(@"Convert\(([^,()]*), [\w.`\[\]]+\)")]
    private static partial Regex ConvertCall();
}
