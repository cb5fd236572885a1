using System.Collections;
using System.Reflection;
using Automation.Core;

namespace Automation.Parameters;

/// <summary>
/// NUKE's <c>[Required]</c> on an injected member that is not a parameter (<c>[GitRepository, Required]</c>,
/// <c>[Required, OctoVersion]</c>): before the first target runs, the member must hold a value (a string that is not
/// blank, a collection that is not empty), or the build stops with exit code 2. Injection failures are warnings, so
/// this is how a build says it cannot go on without the value. Help, the list and the plan do not check.
/// </summary>
internal static class RequiredInjectionCheck
{
    /// <summary>Checks every injected member of <paramref name="build"/> marked <see cref="RequiredAttribute"/>, except those <paramref name="parameterMembers"/> names (checked as parameters).</summary>
    /// <exception cref="UsageException">A required member has no value; all of them are named together.</exception>
    public static void Check(IAutomationBuild build, IEnumerable<string> parameterMembers)
    {
        ArgumentNullException.ThrowIfNull(build);
        var parameters = parameterMembers.ToHashSet(StringComparer.Ordinal);
        var missing = ValueInjector.Discover(build.GetType())
            .Where(entry => entry.Member.IsDefined(typeof(RequiredAttribute), inherit: true) && !parameters.Contains(entry.Member.Name))
            .Where(entry => !HasValue(ValueOf(entry.Member, build)))
            .Select(entry =>
                $"Member '{entry.Member.Name}' is required to be not null or empty ([Required]), but [{AttributeName(entry.Attribute)}] gave it no value; " +
                "the warning above says why. Fix that cause, or remove [Required] and let the targets that need the member require it (.Requires(() => Member)).")
            .ToList();
        if (missing.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, missing));
        }
    }

    private static object? ValueOf(MemberInfo member, object build) => member switch
    {
        FieldInfo field => field.GetValue(field.IsStatic ? null : build),
        PropertyInfo property => property.GetValue(property.GetMethod?.IsStatic == true ? null : build),
        _ => null,
    };

    private static bool HasValue(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        ICollection collection => collection.Count > 0,
        _ => true,
    };

    private static string AttributeName(Attribute attribute)
    {
        var name = attribute.GetType().Name;
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }
}
