using System.Reflection;

namespace Automation.Session;

/// <summary>Finds and calls the <see cref="AfterBuildAttribute"/> methods of a build type and of the interfaces it implements.</summary>
internal static class AfterBuildHooks
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>The hooks: the build class's (base classes first), then each interface's default methods.</summary>
    public static IReadOnlyList<MethodInfo> Of(Type buildType)
    {
        var classes = new List<Type>();
        for (var type = buildType; type is not null && type != typeof(AutomationBuild); type = type.BaseType)
        {
            classes.Insert(0, type);
        }

        return [.. classes.Concat(buildType.GetInterfaces().OrderBy(i => i.FullName, StringComparer.Ordinal))
            .SelectMany(type => type.GetMethods(Members))
            .Where(method => method.IsDefined(typeof(AfterBuildAttribute), inherit: false))];
    }

    /// <summary>Calls <paramref name="hook"/> (an interface's method dispatches to the build's most specific implementation).</summary>
    /// <exception cref="InvalidOperationException">The method does not have the hook's signature.</exception>
    public static async Task InvokeAsync(MethodInfo hook, AutomationBuild build, BuildFinishedContext context)
    {
        var parameters = hook.GetParameters();
        if (hook.ReturnType != typeof(Task) || parameters.Length != 1 || parameters[0].ParameterType != typeof(BuildFinishedContext))
        {
            throw new InvalidOperationException($"an [AfterBuild] method must be 'Task {hook.Name}(BuildFinishedContext context)'.");
        }

        try
        {
            await ((Task)hook.Invoke(build, [context])!).ConfigureAwait(false);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }
    }
}
