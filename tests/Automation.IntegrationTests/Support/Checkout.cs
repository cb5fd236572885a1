namespace Automation.IntegrationTests.Support;

/// <summary>This checkout of the repository: the folder holding <c>Automation.sln</c>, found by walking up from the test assembly.</summary>
public static class Checkout
{
    public static string Root => TryFindRoot()
        ?? throw new InvalidOperationException($"No Automation.sln found above {AppContext.BaseDirectory}.");

    public static string AutomationProject => Path.Combine(Root, "src", "Automation", "Automation.csproj");

    /// <summary>
    /// The engine this test assembly runs with, compiled from this checkout (its dependencies beside it): the sample
    /// builds reference it instead of compiling src/Automation again, about a CPU minute each.
    /// </summary>
    public static string CompiledEngine => Path.Combine(AppContext.BaseDirectory, "Automation.dll");

    public static string? TryFindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Automation.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
