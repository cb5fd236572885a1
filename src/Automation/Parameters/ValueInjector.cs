using System.Reflection;

namespace Automation.Parameters;

/// <summary>
/// Fills the members marked with a <see cref="ValueInjectionAttributeBase"/> (of the build class, its base classes and
/// its component interfaces), highest priority first, after parameters are bound.
/// </summary>
internal static class ValueInjector
{
    // Static members too, as NUKE: old builds declare `[PathExecutable] static Tool Git;`.
    private const BindingFlags DeclaredMembers = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>The store key of the parameter that configures an injected member.</summary>
    public static string ParameterKey(MemberInfo member) => "injection-parameter:" + member.Name;

    /// <summary>The injected members of <paramref name="buildType"/> with their attributes.</summary>
    public static IReadOnlyList<(MemberInfo Member, ValueInjectionAttributeBase Attribute)> Discover(Type buildType)
    {
        var found = new List<(MemberInfo, ValueInjectionAttributeBase)>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            found.AddRange(MembersOf(type));
        }

        foreach (var face in buildType.GetInterfaces())
        {
            // A component member the build class declares again (same name) is filled there, once.
            found.AddRange(MembersOf(face).Where(entry => !found.Exists(f => f.Item1.Name == entry.Member.Name)));
        }

        return found;
    }

    /// <summary>Fills each injected member of <paramref name="build"/>; a failure is reported to <paramref name="warn"/> and leaves the member unset.</summary>
    /// <param name="build">The build.</param>
    /// <param name="warn">Where a failure goes.</param>
    /// <param name="onDemandWanted">
    /// Null: fill every member except those made on demand (<see cref="OnDemandInjection"/>). Given: fill only the
    /// on-demand members it accepts, once the plan is known.
    /// </param>
    public static void Inject(IAutomationBuild build, Action<string> warn, Func<MemberInfo, bool>? onDemandWanted = null)
    {
        foreach (var (member, attribute) in Discover(build.GetType()).OrderByDescending(entry => entry.Attribute.Priority))
        {
            var onDemand = OnDemandInjection.Applies(build.GetType(), member);
            if (onDemandWanted is null ? onDemand : !onDemand || !onDemandWanted(member))
            {
                continue;
            }

            attribute.Build = build;
            object? value;
            try
            {
                value = attribute.GetValue(member, build);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                if (!attribute.SuppressWarnings)
                {
                    warn($"{member.DeclaringType?.Name}.{member.Name} is not set: [{AttributeName(attribute)}] failed: {cause.Message}");
                }

                continue;
            }

            if (value is not null)
            {
                Set(build, member, value, attribute);
            }
        }
    }

    private static IEnumerable<(MemberInfo Member, ValueInjectionAttributeBase Attribute)> MembersOf(Type type) =>
        type.GetFields(DeclaredMembers).Cast<MemberInfo>()
            .Concat(type.GetProperties(DeclaredMembers))
            .Where(member => !member.Name.Contains('<', StringComparison.Ordinal))
            .OrderBy(member => member.MetadataToken)
            .Select(member => (member, member.GetCustomAttribute<ValueInjectionAttributeBase>()))
            .Where(entry => entry.Item2 is not null)
            .Select(entry => (entry.member, entry.Item2!));

    private static void Set(object build, MemberInfo member, object value, ValueInjectionAttributeBase attribute)
    {
        var memberType = member is FieldInfo f ? f.FieldType : ((PropertyInfo)member).PropertyType;
        if (!memberType.IsInstanceOfType(value))
        {
            throw new Core.UsageException(
                $"{member.DeclaringType?.Name}.{member.Name} has type {memberType.Name}, but [{AttributeName(attribute)}] gives a {value.GetType().Name}. Declare the member as {value.GetType().Name}.");
        }

        switch (member)
        {
            case FieldInfo field:
                field.SetValue(build, value);
                break;
            case PropertyInfo property when property.DeclaringType!.IsInterface:
                ((IComponentParameterStore)build).SetComponentParameter(property.Name, value);
                break;
            case PropertyInfo { SetMethod: not null } property:
                property.SetValue(build, value);
                break;
            case PropertyInfo property:
                var backing = property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic)
                    ?? throw new Core.UsageException($"{property.DeclaringType.Name}.{property.Name} cannot be filled by [{AttributeName(attribute)}]: give it a setter, or make it an auto-property or a field.");
                backing.SetValue(build, value);
                break;
        }
    }

    private static string AttributeName(Attribute attribute)
    {
        var name = attribute.GetType().Name;
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }
}
