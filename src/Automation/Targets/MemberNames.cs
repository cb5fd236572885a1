using System.Linq.Expressions;

namespace Automation.Targets;

/// <summary>The member an expression such as <c>() =&gt; Solution</c> names (NUKE's <c>TryGetValue</c>).</summary>
internal static class MemberNames
{
    public static string Of(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } conversion ? conversion.Operand : expression.Body;
        return body is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"TryGetValue needs an expression naming a member, such as () => Solution; got {expression.Body}.", nameof(expression));
    }
}
