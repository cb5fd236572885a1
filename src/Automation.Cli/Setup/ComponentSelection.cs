namespace Automation.Cli.Setup;

/// <summary>The component interfaces a new build implements, and its default target, chosen from what the repository holds.</summary>
/// <param name="Components">Interface names, in the order they appear in the class declaration.</param>
/// <param name="DefaultTarget">The <c>Execute</c> lambda's body, e.g. <c>((IPack)x).Pack</c>.</param>
internal sealed record ComponentSelection(IReadOnlyList<string> Components, string DefaultTarget)
{
    /// <summary>Whether the build reports coverage, so needs ReportGenerator in the local tool manifest.</summary>
    public bool UsesCoverage => Components.Contains("IReportCoverage");

    /// <summary>
    /// Clean, lint and version always; the test component that matches the test projects (<c>ITest</c> runs unit and
    /// integration tests, <c>IUnitTest</c> only unit tests); coverage when tests run; pack and publish when something is
    /// packable. The default target is the furthest step: pack, else the tests, else compile.
    /// </summary>
    public static ComponentSelection For(RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var components = new List<string> { "IClean", "ILint" };
        var defaultTarget = "((ICompile)x).Compile";
        if (facts.IntegrationTestProjects.Count > 0)
        {
            components.Add("ITest");
            defaultTarget = "((ITest)x).Test";
        }
        else if (facts.UnitTestProjects.Count > 0)
        {
            components.Add("IUnitTest");
            defaultTarget = "((IUnitTest)x).UnitTest";
        }

        if (facts.HasTests)
        {
            components.Add("IReportCoverage");
        }

        var packs = facts.PackableProjects.Count > 0;
        if (packs)
        {
            components.Add("IPack");
            defaultTarget = "((IPack)x).Pack";
        }

        components.Add("IVersion");
        if (packs)
        {
            components.Add("IPublish");
        }

        return new ComponentSelection(components, defaultTarget);
    }
}
