namespace Automation.Components;

/// <summary>
/// The solution the .NET components work on, read as NUKE's <see cref="Automation.Solution"/> model (projects, folders,
/// <see cref="Automation.Solution.Path"/>): <c>--solution</c>, or the only <c>.sln</c>/<c>.slnx</c> at the root. A build
/// that injects its own (<c>[Solution] readonly Solution Solution;</c>) hands it over with
/// <c>Solution IHazSolution.Solution =&gt; Solution;</c>.
/// </summary>
public interface IHazSolution : IAutomationBuild
{
    /// <summary>The solution file given on the command line (relative to the working directory), if any.</summary>
    [Parameter("Solution file (default: the only .sln or .slnx at the root)", Name = "solution")]
    AbsolutePath? SolutionFile => ParameterValue<AbsolutePath>();

    /// <summary>The solution to restore, build, test and pack.</summary>
    Solution Solution => Shared(() => Automation.Solution.Read(SolutionFile ?? SolutionLocator.Find(RootDirectory)));
}
