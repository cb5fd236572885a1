using System.Linq.Expressions;
using System.Reflection;

namespace Automation;

/// <summary>
/// NUKE's <c>DelegateDisposable</c>: an <see cref="IDisposable"/> that runs a cleanup delegate when disposed, so a
/// temporary change reads as a <c>using</c> block: <c>using (DelegateDisposable.CreateBracket(Setup, Restore)) { … }</c>.
/// </summary>
public sealed class DelegateDisposable : IDisposable
{
    private readonly Action? _cleanup;

    private DelegateDisposable(Action? cleanup) => _cleanup = cleanup;

    /// <summary>Runs <paramref name="setup"/> now and <paramref name="cleanup"/> when the result is disposed.</summary>
    /// <param name="setup">What to do now, or null.</param>
    /// <param name="cleanup">What to do on dispose, or null.</param>
    /// <returns>The disposable that runs the cleanup.</returns>
    public static IDisposable CreateBracket(Action? setup = null, Action? cleanup = null)
    {
        setup?.Invoke();
        return new DelegateDisposable(cleanup);
    }

    /// <summary>Runs <paramref name="setup"/> now and hands its result to <paramref name="cleanup"/> on dispose.</summary>
    /// <typeparam name="T">What the setup makes.</typeparam>
    /// <param name="setup">Makes the value.</param>
    /// <param name="cleanup">Cleans up the value.</param>
    /// <returns>The disposable that runs the cleanup.</returns>
    public static IDisposable CreateBracket<T>(Func<T> setup, Action<T> cleanup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(cleanup);
        var value = setup();
        return new DelegateDisposable(() => cleanup(value));
    }

    /// <summary>
    /// Sets a field or property to <paramref name="value"/> now and back to its previous value on dispose:
    /// <c>using (DelegateDisposable.SetAndRestore(() =&gt; Verbose, true)) { … }</c>.
    /// </summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="member">The field or property, as <c>() =&gt; Owner.Member</c>.</param>
    /// <param name="value">The temporary value.</param>
    /// <returns>The disposable that restores the previous value.</returns>
    /// <exception cref="ArgumentException">The expression is not a field or a settable property.</exception>
    public static IDisposable SetAndRestore<T>(Expression<Func<T>> member, T value)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.Body is not MemberExpression access || access.Member is not (FieldInfo or PropertyInfo { CanWrite: true }))
        {
            throw new ArgumentException($"SetAndRestore needs a field or a settable property, as () => Owner.Member; got '{member.Body}'.", nameof(member));
        }

        var owner = access.Expression is null ? null : Expression.Lambda<Func<object?>>(Expression.Convert(access.Expression, typeof(object))).Compile()();
        var previous = Get(access.Member, owner);
        Set(access.Member, owner, value);
        return new DelegateDisposable(() => Set(access.Member, owner, previous));
    }

    /// <summary>Runs the cleanup.</summary>
    public void Dispose() => _cleanup?.Invoke();

    private static object? Get(MemberInfo member, object? owner) =>
        member is FieldInfo field ? field.GetValue(owner) : ((PropertyInfo)member).GetValue(owner);

    private static void Set(MemberInfo member, object? owner, object? value)
    {
        if (member is FieldInfo field)
        {
            field.SetValue(owner, value);
        }
        else
        {
            ((PropertyInfo)member).SetValue(owner, value);
        }
    }
}
