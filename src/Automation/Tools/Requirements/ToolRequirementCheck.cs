using System.Reflection;
using Automation.Core;
using Automation.Tools.Resolution;

namespace Automation.Tools.Requirements;

/// <summary>
/// Checks the tools a build declares with <c>[Requires&lt;T&gt;]</c> before its first target runs (NUKE installs them at
/// that point; this library finds tools where the build already has them, so it checks, and says how to add what is
/// missing). All missing tools are reported together.
/// </summary>
internal static class ToolRequirementCheck
{
    /// <summary>The requirements declared on <paramref name="buildType"/>, its base classes and its interfaces, each once.</summary>
    public static IReadOnlyList<RequiresAttribute> Declared(Type buildType)
    {
        ArgumentNullException.ThrowIfNull(buildType);
        return buildType.GetCustomAttributes<RequiresAttribute>(inherit: true)
            .Concat(buildType.GetInterfaces().SelectMany(face => face.GetCustomAttributes<RequiresAttribute>(inherit: false)))
            .DistinctBy(requirement => (requirement.Tasks, requirement.RequestedVersion))
            .ToList();
    }

    /// <summary>Checks every requirement of <paramref name="buildType"/>.</summary>
    /// <exception cref="UsageException">A declared tool is missing; the message says which and how to add it.</exception>
    public static void Check(Type buildType, ToolEnvironment environment)
    {
        var problems = Declared(buildType).Select(requirement => Problem(requirement, environment)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>Why <paramref name="requirement"/> is not met, or null when its tool is found.</summary>
    public static string? Problem(RequiresAttribute requirement, ToolEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(environment);
        var tool = ToolRequirements.For(requirement.Tasks);
        var declaration = $"[Requires<{requirement.Tasks.Name}>{(requirement.RequestedVersion is { } v ? $"(Version = \"{v}\")" : string.Empty)}]";
        if (tool.Package is { } package)
        {
            try
            {
                package.Resolve(environment, explicitPath: null, framework: null, requirement.RequestedVersion);
                return null;
            }
            catch (ToolNotFoundException exception)
            {
                return $"{declaration}: the build needs {package.PackageIds[0]}{(requirement.RequestedVersion is { } version ? $" {version}" : string.Empty)}. {exception.Message}";
            }
        }

        if (tool.PathNames.Count == 0 || tool.PathNames.Any(name => PathSearch.Find(name, environment) is not null))
        {
            return null;
        }

        return $"{declaration}: the build needs '{tool.PathNames[0]}', which is not on PATH. Install it, or add its directory to PATH.";
    }
}
