using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;
using Automation.Core;

namespace Automation.Targets;

/// <summary>
/// The definition a component's interface gives a target, read past the build's override of it: a call through the
/// interface would reach the override itself, so the interface's default getter is called directly (a non-virtual
/// call, which C# has no syntax for).
/// </summary>
internal static class InheritedTarget
{
    public static Target Of<T>(object? build, Expression<Func<T, Target>> target)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(target);
        var display = $"Inherit<{typeof(T).Name}>({target})";
        if (target.Body is not MemberExpression { Member: PropertyInfo { GetMethod: { } getter } property } || property.DeclaringType != typeof(T))
        {
            throw new UsageException($"{display} does not name a target property of {typeof(T).Name}: write Inherit<{typeof(T).Name}>(x => x.TargetName).");
        }

        if (getter.IsAbstract)
        {
            throw new UsageException($"{display}: {typeof(T).Name}.{property.Name} has no default definition to inherit. Inherit from the interface that defines it.");
        }

        if (build is not T)
        {
            throw new UsageException($"{display}: the build does not implement {typeof(T).Name}. Add it to the build's base list.");
        }

        var method = new DynamicMethod($"Inherit_{typeof(T).Name}_{property.Name}", typeof(Target), [typeof(object)], typeof(InheritedTarget).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, typeof(T));
        il.Emit(OpCodes.Call, getter);
        il.Emit(OpCodes.Ret);
        var inherited = (Target?)method.Invoke(null, [build]);
        return inherited ?? throw new UsageException($"{display}: {typeof(T).Name}.{property.Name} returned null.");
    }
}
