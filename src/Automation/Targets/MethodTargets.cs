using System.ComponentModel;
using System.Reflection;
using Automation.Core;

namespace Automation.Targets;

/// <summary>Turns a <c>[Task]</c> method into a target whose arguments are the method's parameters.</summary>
internal static class MethodTargets
{
    public static ExecutableTarget Create(object build, MethodInfo method, int declarationIndex, string @namespace = "")
    {
        var attribute = method.GetCustomAttribute<TaskAttribute>()!;
        if (method.ReturnType != typeof(void) && !typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            throw new UsageException($"[Task] method {method.DeclaringType?.Name}.{method.Name} returns {method.ReturnType.Name}: a target method returns void or Task.");
        }

        var memberName = method.Name.EndsWith("Async", StringComparison.Ordinal) && method.Name.Length > 5 ? method.Name[..^5] : method.Name;
        var definition = new TargetDefinition();
        if (attribute.Description.Length > 0)
        {
            definition.Description(attribute.Description);
        }

        var parameters = method.GetParameters();
        foreach (var parameter in parameters.Where(p => p.ParameterType != typeof(ITargetContext)))
        {
            var isFlag = parameter.ParameterType == typeof(bool);
            var positional = !parameter.HasDefaultValue && !isFlag;
            var defaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : isFlag ? false : null;
            definition.AddArgument(parameter.Name!, parameter.ParameterType, parameter.GetCustomAttribute<DescriptionAttribute>()?.Description, defaultValue, positional, required: positional);
        }

        definition.Executes(async context =>
        {
            var values = parameters
                .Select(p => p.ParameterType == typeof(ITargetContext) ? context : context.Argument<object?>(p.Name!))
                .ToArray();
            // DoNotWrapExceptions: the target fails with the method's own exception, as a property target's action does.
            if (method.Invoke(build, BindingFlags.DoNotWrapExceptions, binder: null, values, culture: null) is Task task)
            {
                await task.ConfigureAwait(false);
            }
        });
        return new ExecutableTarget(TargetNamespaces.Qualify(@namespace, Naming.ToKebabCase(memberName)), memberName, declarationIndex, method, definition);
    }
}
