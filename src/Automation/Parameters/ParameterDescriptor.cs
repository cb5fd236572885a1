using System.Reflection;
using Automation.Core;

namespace Automation.Parameters;

/// <summary>A parameter of the build: its names, type and how to read and write its member.</summary>
internal sealed class ParameterDescriptor
{
    private readonly FieldInfo? _field;
    private readonly PropertyInfo? _property;

    public ParameterDescriptor(MemberInfo member, ParameterAttribute attribute, bool isSecret)
    {
        IsComponentParameter = member.DeclaringType?.IsInterface == true;
        IsRequired = member.IsDefined(typeof(RequiredAttribute), inherit: true);
        MemberName = member.Name;
        Name = attribute.Name ?? Naming.ToKebabCase(member.Name);
        Description = attribute.Description;
        IsSecret = isSecret;
        EnvironmentName = Naming.ToEnvironmentName(Name);
        switch (member)
        {
            case FieldInfo field:
                _field = field;
                ValueType = field.FieldType;
                break;
            case PropertyInfo property:
                _property = property;
                _field = property.SetMethod is null && !IsComponentParameter
                    ? property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic)
                        ?? throw new UsageException($"Parameter property '{property.Name}' needs a setter or must be an auto-property.")
                    : null;
                ValueType = property.PropertyType;
                break;
            default:
                throw new ArgumentException($"Unsupported parameter member {member}.", nameof(member));
        }

        if (!ValueConverter.IsSupported(ValueType))
        {
            throw new UsageException(
                $"Parameter '{MemberName}' has type {ValueType.Name}, which is not supported. Use string, bool, int, long, double, an enum, AbsolutePath, a nullable or an array of these.");
        }
    }

    /// <summary>Declared on a component interface: its value lives in the build's store (<see cref="IAutomationBuild.ParameterValue{T}"/>).</summary>
    public bool IsComponentParameter { get; }

    /// <summary>Marked <see cref="RequiredAttribute"/>: every run of targets needs a value.</summary>
    public bool IsRequired { get; }

    /// <summary>The command-line name without dashes: <c>nuget-api-key</c>.</summary>
    public string Name { get; }

    public string MemberName { get; }

    public string? Description { get; }

    public bool IsSecret { get; private set; }

    /// <summary>
    /// Component members (on interfaces) that name the same parameter as this build-class member: they read this
    /// member's value, so a NUKE-style field on the build class configures the components too.
    /// </summary>
    public List<string> ComponentAliases { get; } = [];

    /// <summary>Adopts a component member of the same name; a secret on either side makes the parameter secret.</summary>
    public void Alias(ParameterDescriptor component)
    {
        ComponentAliases.Add(component.MemberName);
        IsSecret |= component.IsSecret;
    }

    public string EnvironmentName { get; }

    public Type ValueType { get; }

    /// <summary>Whether a bare <c>--flag</c> sets it (bool or bool?).</summary>
    public bool IsFlag => (Nullable.GetUnderlyingType(ValueType) ?? ValueType) == typeof(bool);

    public bool IsArray => ValueType.IsArray;

    public object? GetValue(object build) => _property is not null && _field is null ? _property.GetValue(build) : _field!.GetValue(build);

    public void SetValue(object build, object? value)
    {
        if (IsComponentParameter)
        {
            foreach (var member in ComponentAliases.Prepend(MemberName))
            {
                ((IComponentParameterStore)build).SetComponentParameter(member, value);
            }
        }
        else if (_field is not null)
        {
            _field.SetValue(build, value);
        }
        else
        {
            _property!.SetValue(build, value);
        }
    }
}
