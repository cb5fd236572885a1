using System.Reflection;
using Automation.Core;

namespace Automation.Targets;

/// <summary>
/// Finds the targets of a build by reflection: <see cref="Target"/> properties of the build class and its base
/// classes, then of every interface it implements (components with default implementations), and resolves
/// the relations each definition declares.
/// </summary>
internal static class TargetDiscovery
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static TargetGraph Discover(object build)
    {
        var targets = new List<ExecutableTarget>();
        var identity = new TargetIdentity<ExecutableTarget>();
        var byName = new Dictionary<string, ExecutableTarget>(StringComparer.Ordinal);

        var namespaces = new TargetNamespaces(build.GetType());
        var byGetter = new Dictionary<RuntimeMethodHandle, ExecutableTarget>();
        var getterFactories = new Dictionary<Type, Func<MethodInfo, Func<object, Target?>>>();
        foreach (var property in TargetProperties(build.GetType()))
        {
            var target = Getter(property, getterFactories)(build)
                ?? throw new UsageException($"Target property '{property.DeclaringType?.Name}.{property.Name}' returned null.");
            var memberName = property.Name[(property.Name.LastIndexOf('.') + 1)..];
            var name = TargetNamespaces.Qualify(namespaces.Of(property), Naming.ToKebabCase(memberName));
            if (byName.TryGetValue(Naming.Normalize(name), out var existing))
            {
                if (!identity.TryGet(target, out var same))
                {
                    throw new UsageException(
                        $"Target '{name}' is declared twice: {existing.Member.DeclaringType?.Name}.{existing.MemberName} and {property.DeclaringType?.Name}.{memberName}. Rename one of them.");
                }

                // A component's target that the build class implements: the same target, found again through the interface.
                byGetter[property.GetMethod!.MethodHandle] = same;
                continue;
            }

            var definition = new TargetDefinition { Build = build };
            target(definition);
            var executable = new ExecutableTarget(name, memberName, targets.Count, property, definition);
            targets.Add(executable);
            identity.Add(target, executable);
            byName[Naming.Normalize(name)] = executable;
            byGetter[property.GetMethod!.MethodHandle] = executable;
        }

        foreach (var method in TaskMethods(build.GetType()))
        {
            var executable = MethodTargets.Create(build, method, targets.Count, namespaces.Of(method));
            if (byName.TryGetValue(Naming.Normalize(executable.Name), out var existing))
            {
                throw new UsageException(
                    $"Target '{executable.Name}' is declared twice: {existing.Member.DeclaringType?.Name}.{existing.MemberName} and {method.DeclaringType?.Name}.{method.Name}. Rename one of them.");
            }

            targets.Add(executable);
            byName[Naming.Normalize(executable.Name)] = executable;
        }

        var resolver = new TargetResolver(build, identity, byGetter);
        foreach (var target in targets)
        {
            Link(target, resolver);
        }

        return new TargetGraph(targets, resolver, NamespaceDefaults(targets, namespaces));
    }

    // Namespace → the target its bare name runs ([NamespaceDefault]).
    private static Dictionary<string, ExecutableTarget> NamespaceDefaults(List<ExecutableTarget> targets, TargetNamespaces namespaces)
    {
        var defaults = new Dictionary<string, ExecutableTarget>(StringComparer.Ordinal);
        foreach (var target in targets.Where(t => namespaces.IsDefault(t.Member)))
        {
            var display = $"[NamespaceDefault] on {target.Member.DeclaringType?.Name}.{target.Member.Name}";
            if (target.Namespace.Length == 0)
            {
                throw new UsageException($"{display}: target '{target.Name}' is in no namespace. Give it a [Namespace], or make it the build's default target instead.");
            }

            if (!defaults.TryAdd(target.Namespace, target))
            {
                throw new UsageException(
                    $"{display}: namespace '{target.Namespace}' already has the default target '{defaults[target.Namespace].Name}'. A namespace has one default: remove one of the attributes.");
            }
        }

        return defaults;
    }

    // A typed open-instance delegate per getter: far cheaper than PropertyInfo.GetValue over thousands of targets.
    // On an interface property it dispatches to the build's implementation, like a call through the interface.
    private static Func<object, Target?> Getter(PropertyInfo property, Dictionary<Type, Func<MethodInfo, Func<object, Target?>>> factories)
    {
        var declaringType = property.DeclaringType!;
        if (!factories.TryGetValue(declaringType, out var factory))
        {
            factories[declaringType] = factory = typeof(TargetDiscovery)
                .GetMethod(nameof(CreateGetter), BindingFlags.Static | BindingFlags.NonPublic)!
                .MakeGenericMethod(declaringType)
                .CreateDelegate<Func<MethodInfo, Func<object, Target?>>>();
        }

        return factory(property.GetMethod!);
    }

    private static Func<object, Target?> CreateGetter<TDeclaring>(MethodInfo getter)
    {
        var typed = getter.CreateDelegate<Func<TDeclaring, Target?>>();
        return build => typed((TDeclaring)build);
    }

    private static IEnumerable<PropertyInfo> TargetProperties(Type buildType)
    {
        var classes = new Stack<Type>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            classes.Push(type);
        }

        var own = classes.SelectMany(type => DeclaredTargets(type).Where(p => !p.Name.Contains('.', StringComparison.Ordinal)));
        var components = buildType.GetInterfaces().SelectMany(DeclaredTargets);
        return own.Concat(components);
    }

    // Methods marked [Task] of the build class and its base classes, base classes first, each in declaration order.
    private static IEnumerable<MethodInfo> TaskMethods(Type buildType)
    {
        var classes = new Stack<Type>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            classes.Push(type);
        }

        return classes.SelectMany(type => type.GetMethods(InstanceMembers)
            .Where(m => m.IsDefined(typeof(TaskAttribute), inherit: false))
            .OrderBy(m => m.MetadataToken));
    }

    public static IEnumerable<PropertyInfo> DeclaredTargets(Type type) =>
        type.GetProperties(InstanceMembers)
            .Where(p => p.PropertyType == typeof(Target) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .OrderBy(p => p.MetadataToken);

    private static void Link(ExecutableTarget target, TargetResolver resolver)
    {
        var definition = target.Definition;
        foreach (var dependency in resolver.Resolve(target, definition.References(EdgeKind.DependsOn)))
        {
            AddOnce(target.ExecutionDependencies, dependency);
        }

        foreach (var dependent in resolver.Resolve(target, definition.References(EdgeKind.DependentFor)))
        {
            AddOnce(dependent.ExecutionDependencies, target);
        }

        foreach (var later in resolver.Resolve(target, definition.References(EdgeKind.Before)))
        {
            AddOnce(later.OrderDependencies, target);
        }

        foreach (var earlier in resolver.Resolve(target, definition.References(EdgeKind.After)))
        {
            AddOnce(target.OrderDependencies, earlier);
        }

        foreach (var triggered in resolver.Resolve(target, definition.References(EdgeKind.Triggers)))
        {
            AddOnce(target.Triggers, triggered);
            AddOnce(triggered.TriggeredBy, target);
        }

        foreach (var trigger in resolver.Resolve(target, definition.References(EdgeKind.TriggeredBy)))
        {
            AddOnce(trigger.Triggers, target);
            AddOnce(target.TriggeredBy, trigger);
        }

        foreach (var (reference, folders) in definition.Consumed)
        {
            foreach (var producer in resolver.Resolve(target, [reference]))
            {
                var unknown = folders.FirstOrDefault(folder => !producer.Definition.ProducedFolders.Contains(folder, StringComparer.Ordinal));
                if (unknown is not null)
                {
                    throw new Core.UsageException($"Target '{target.Name}' consumes '{unknown}' of '{producer.Name}', which '{producer.Name}' does not produce. Add .Produces(\"{unknown}\") to '{producer.Name}', or consume one of: {(producer.Definition.ProducedFolders.Count == 0 ? "(none)" : string.Join(", ", producer.Definition.ProducedFolders))}.");
                }

                target.Consumed.Add((producer, folders));
            }
        }
    }

    private static void AddOnce(List<ExecutableTarget> list, ExecutableTarget target)
    {
        if (!list.Contains(target))
        {
            list.Add(target);
        }
    }
}
