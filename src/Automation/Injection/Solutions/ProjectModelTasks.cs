namespace Automation;

/// <summary>
/// NUKE's <c>ProjectModelTasks</c>: read a solution outside <c>[Solution]</c> injection, as in
/// <c>readonly Solution Solution = ProjectModelTasks.ParseSolution(RootDirectory / "App.sln");</c>.
/// </summary>
public static class ProjectModelTasks
{
    /// <summary>
    /// NUKE registers MSBuild here before projects are evaluated. Project facts here come from
    /// <c>dotnet msbuild -getProperty</c> of the build's <c>dotnet</c>, which needs no registration, so a ported call
    /// has nothing left to do: it stays valid and does nothing.
    /// </summary>
    public static void Initialize()
    {
    }

    /// <summary>Reads a <c>.sln</c> or <c>.slnx</c> file (<see cref="Solution.Read(AbsolutePath)"/>).</summary>
    /// <param name="solutionFile">The solution file; null (a glob that found none) fails with a message saying so.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="InvalidOperationException">No file was given, or it is missing, of an unknown kind, or malformed.</exception>
    public static Solution ParseSolution(AbsolutePath? solutionFile) =>
        solutionFile is null
            ? throw new InvalidOperationException("ProjectModelTasks.ParseSolution was given no solution file (did a GlobFiles(\"*.sln\") find none?): pass the path of a .sln or .slnx file.")
            : Solution.Read(solutionFile);

    /// <summary>Reads a <c>.sln</c> or <c>.slnx</c> file (NUKE's <c>path.ReadSolution()</c>), as <see cref="ParseSolution"/>.</summary>
    /// <param name="solutionFile">The solution file.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="InvalidOperationException">The file is missing, of an unknown kind, or malformed.</exception>
    public static Solution ReadSolution(this AbsolutePath solutionFile) => ParseSolution(solutionFile);
}
