using Automation.Components;

namespace Automation.Cli.Setup;

/// <summary>The component interfaces a new build implements, and its default target, chosen from what the repository holds.</summary>
/// <param name="Components">Interface names, in the order they appear in the class declaration.</param>
/// <param name="DefaultTarget">The <c>Execute</c> lambda's body, e.g. <c>((IPack)x).Pack</c>.</param>
internal sealed record ComponentSelection(IReadOnlyList<string> Components, string DefaultTarget)
{
    /// <summary>Whether the build reports coverage, so needs ReportGenerator in the local tool manifest.</summary>
    public bool UsesCoverage => Components.Contains("IReportCoverage");

    /// <summary>
    /// Clean, lint, test (always <c>ITest</c>, so every build has <c>test</c>, <c>unit-test</c> and
    /// <c>integration-test</c>) and version; coverage only when every test project has the coverage collector; pack and
    /// publish when something is packable. The default target is pack when there is something to pack, else test.
    /// </summary>
    public static ComponentSelection For(RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var components = new List<string> { "IClean", "ILint", "ITest" };
        if (facts.CanReportCoverage)
        {
            components.Add("IReportCoverage");
        }

        var packs = facts.PackableProjects.Count > 0;
        if (packs)
        {
            components.Add("IPack");
        }

        components.Add("IVersion");
        if (packs)
        {
            components.Add("IPublish");
        }

        return new ComponentSelection(components, packs ? "((IPack)x).Pack" : "((ITest)x).Test");
    }

    /// <summary>The names of the targets the generated build has: every <c>Target</c> property of the chosen components and those they build on.</summary>
    public IReadOnlyList<string> TargetNames()
    {
        var assembly = typeof(ITest).Assembly;
        var interfaces = Components
            .Select(name => assembly.GetType($"{typeof(ITest).Namespace}.{name}"))
            .OfType<Type>()
            .SelectMany(t => t.GetInterfaces().Append(t))
            .Distinct();
        return interfaces
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType == typeof(Target))
            .Select(p => p.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
