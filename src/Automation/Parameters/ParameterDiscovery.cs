using System.Reflection;
using Automation.Core;

namespace Automation.Parameters;

/// <summary>Finds the <see cref="ParameterAttribute"/> members of a build class and its base classes.</summary>
internal static class ParameterDiscovery
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<ParameterDescriptor> Discover(Type buildType)
    {
        var types = new Stack<Type>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            types.Push(type);
        }

        var parameters = new List<ParameterDescriptor>();
        foreach (var type in types)
        {
            var members = type.GetFields(InstanceMembers).Cast<MemberInfo>()
                .Concat(type.GetProperties(InstanceMembers))
                .OrderBy(m => m.MetadataToken);
            foreach (var member in members)
            {
                if (member.GetCustomAttribute<ParameterAttribute>() is not { } attribute)
                {
                    continue;
                }

                var descriptor = new ParameterDescriptor(member, attribute, member.GetCustomAttribute<SecretAttribute>() is not null);
                if (parameters.Find(p => Naming.Matches(p.Name, descriptor.Name)) is { } clash)
                {
                    throw new UsageException($"Parameters '{clash.MemberName}' and '{descriptor.MemberName}' both map to --{descriptor.Name}. Rename one, or set [Parameter(Name = ...)].");
                }

                parameters.Add(descriptor);
            }
        }

        // Members filled by a value injection attribute that a parameter configures ([Solution]'s path).
        foreach (var (member, injection) in ValueInjector.Discover(buildType))
        {
            if (injection.ParameterType is { } parameterType && parameters.Find(p => Naming.Matches(p.Name, Naming.ToKebabCase(member.Name))) is null)
            {
                parameters.Add(new ParameterDescriptor(member, parameterType, injection.ParameterDescription, ValueInjector.ParameterKey(member)));
            }
        }

        // Component parameters: the same member on several components is one parameter (e.g. Configuration).
        foreach (var member in buildType.GetInterfaces().SelectMany(i => i.GetProperties(InstanceMembers).OrderBy(p => p.MetadataToken)))
        {
            if (member.GetCustomAttribute<ParameterAttribute>() is not { } attribute)
            {
                continue;
            }

            var descriptor = new ParameterDescriptor(member, attribute, member.GetCustomAttribute<SecretAttribute>() is not null);
            if (parameters.Find(p => Naming.Matches(p.Name, descriptor.Name)) is { } existing)
            {
                if ((Nullable.GetUnderlyingType(existing.ValueType) ?? existing.ValueType) != (Nullable.GetUnderlyingType(descriptor.ValueType) ?? descriptor.ValueType))
                {
                    throw new UsageException($"Parameter --{descriptor.Name} is declared with two types: {existing.ValueType.Name} ({existing.MemberName}) and {descriptor.ValueType.Name} ({member.DeclaringType?.Name}.{member.Name}).");
                }

                existing.Alias(descriptor);

                continue;
            }

            parameters.Add(descriptor);
        }

        return parameters;
    }
}
