using System.Reflection;
using Automation.Core;

namespace Automation.Targets;

/// <summary>
/// Which namespace each target member is in: the <see cref="MountAttribute{TComponent}"/> prefix of its component,
/// the component's <see cref="NamespaceAttribute"/>, then the member's own, joined by dots. A build class property that
/// implements a component's target keeps the component's namespace: overriding a target changes what it does, not its
/// name.
/// </summary>
internal sealed class TargetNamespaces
{
    private readonly Dictionary<Type, string> _mounts = [];

    // Build class getters that implement a target of a namespaced or mounted component → that component's property.
    private readonly Dictionary<RuntimeMethodHandle, PropertyInfo> _implemented = [];

    public TargetNamespaces(Type buildType)
    {
        foreach (var mount in buildType.GetCustomAttributes(inherit: true).OfType<IMountDeclaration>())
        {
            var display = $"[Mount<{mount.Component.Name}>(\"{mount.Prefix}\")] on {buildType.Name}";
            if (!mount.Component.IsInterface || !mount.Component.IsAssignableFrom(buildType))
            {
                throw new UsageException($"{display}: {buildType.Name} does not implement the component {mount.Component.Name}. Implement it, or remove the mount.");
            }

            if (!_mounts.TryAdd(mount.Component, Validate(mount.Prefix, display)))
            {
                throw new UsageException($"{display}: {mount.Component.Name} is mounted twice. Mount a component once.");
            }
        }

        if (buildType.IsInterface)
        {
            return;
        }

        foreach (var component in buildType.GetInterfaces().Where(i => _mounts.ContainsKey(i) || i.IsDefined(typeof(NamespaceAttribute), inherit: false)))
        {
            var map = buildType.GetInterfaceMap(component);
            var targets = TargetDiscovery.DeclaredTargets(component).ToDictionary(p => p.GetMethod!.MethodHandle);
            for (var i = 0; i < map.InterfaceMethods.Length; i++)
            {
                if (map.TargetMethods[i].DeclaringType != component && targets.TryGetValue(map.InterfaceMethods[i].MethodHandle, out var property))
                {
                    _implemented[map.TargetMethods[i].MethodHandle] = property;
                }
            }
        }
    }

    /// <summary>The namespace of a target property or <c>[Task]</c> method: empty, <c>docs</c> or <c>site.docs</c>.</summary>
    public string Of(MemberInfo member)
    {
        if (member is PropertyInfo { GetMethod: { } getter } && _implemented.TryGetValue(getter.MethodHandle, out var implemented))
        {
            member = implemented;
        }

        var declaring = member.DeclaringType;
        var parts = new List<string>();
        if (declaring is { IsInterface: true })
        {
            if (_mounts.TryGetValue(declaring, out var prefix))
            {
                parts.Add(prefix);
            }

            if (declaring.GetCustomAttribute<NamespaceAttribute>(inherit: false) is { } component)
            {
                parts.Add(Validate(component.Name, $"[Namespace(\"{component.Name}\")] on {declaring.Name}"));
            }
        }

        if (member.GetCustomAttribute<NamespaceAttribute>(inherit: false) is { } own)
        {
            parts.Add(Validate(own.Name, $"[Namespace(\"{own.Name}\")] on {declaring?.Name}.{member.Name}"));
        }

        return string.Join('.', parts);
    }

    /// <summary>Whether the member is marked <see cref="NamespaceDefaultAttribute"/> (on itself or the component target it implements).</summary>
    public bool IsDefault(MemberInfo member) =>
        member.IsDefined(typeof(NamespaceDefaultAttribute), inherit: false)
        || (member is PropertyInfo { GetMethod: { } getter } && _implemented.TryGetValue(getter.MethodHandle, out var implemented)
            && implemented.IsDefined(typeof(NamespaceDefaultAttribute), inherit: false));

    /// <summary><c>docs</c> and <c>build</c> → <c>docs.build</c>; no namespace → <c>build</c>.</summary>
    public static string Qualify(string @namespace, string name) => @namespace.Length == 0 ? name : $"{@namespace}.{name}";

    // Each part in kebab-case, so [Namespace("DocTools")] is doc-tools as a target named DocTools would be.
    private static string Validate(string name, string display)
    {
        var parts = name.Split('.');
        if (parts.Any(part => part.Length == 0 || !part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new UsageException(
                $"{display}: '{name}' is not a namespace. Write names of letters, digits and dashes, joined by dots (\"docs\", \"docs.api\").");
        }

        return string.Join('.', parts.Select(Naming.ToKebabCase));
    }
}
