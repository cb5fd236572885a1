namespace Automation.Components;

/// <summary>The solution the .NET components work on: <c>--solution</c>, or the only <c>.sln</c>/<c>.slnx</c> at the root.</summary>
public interface IHazSolution : IAutomationBuild
{
    /// <summary>The solution file given on the command line (relative to the working directory), if any.</summary>
    [Parameter("Solution file (default: the only .sln or .slnx at the root)", Name = "solution")]
    AbsolutePath? SolutionFile => ParameterValue<AbsolutePath>();

    /// <summary>The solution to restore, build, test and pack.</summary>
    AbsolutePath Solution => Shared(() => SolutionFile ?? SolutionLocator.Find(RootDirectory));
}
