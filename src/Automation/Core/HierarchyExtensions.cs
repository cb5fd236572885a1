namespace Automation;

/// <summary>NUKE's tree walks: <c>type.DescendantsAndSelf(t =&gt; t.GetNestedTypes())</c>, <c>type.DescendantsAndSelf(t =&gt; t.DeclaringType)</c>.</summary>
public static class HierarchyExtensions
{
    /// <summary>The item, then its children, each followed by its own descendants (depth first).</summary>
    /// <param name="item">The root.</param>
    /// <param name="children">An item's children.</param>
    public static IEnumerable<T> DescendantsAndSelf<T>(this T item, Func<T, IEnumerable<T>> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var stack = new Stack<T>([item]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in children(current).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>The descendants of the item, without it (depth first).</summary>
    /// <param name="item">The root.</param>
    /// <param name="children">An item's children.</param>
    public static IEnumerable<T> Descendants<T>(this T item, Func<T, IEnumerable<T>> children) => item.DescendantsAndSelf(children).Skip(1);

    /// <summary>The item, then the next one <paramref name="next"/> gives, and so on until it gives null (a chain of parents).</summary>
    /// <param name="item">Where the chain starts.</param>
    /// <param name="next">The next item, or null at the end.</param>
    public static IEnumerable<T> DescendantsAndSelf<T>(this T item, Func<T, T?> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(next);
        for (var current = item; current is not null; current = next(current))
        {
            yield return current;
        }
    }

    /// <summary>The chain <paramref name="next"/> gives after the item, without it.</summary>
    /// <param name="item">Where the chain starts.</param>
    /// <param name="next">The next item, or null at the end.</param>
    public static IEnumerable<T> Descendants<T>(this T item, Func<T, T?> next)
        where T : class => item.DescendantsAndSelf(next).Skip(1);
}
