namespace Automation.Components;

/// <summary>Finds the solution at a repository root, or says clearly why it cannot choose.</summary>
internal static class SolutionLocator
{
    public static AbsolutePath Find(AbsolutePath root)
    {
        var candidates = Directory.EnumerateFiles(root, "*.sln")
            .Concat(Directory.EnumerateFiles(root, "*.slnx"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return candidates.Count switch
        {
            1 => AbsolutePath.Create(candidates[0]),
            0 => throw new InvalidOperationException($"No solution (.sln or .slnx) at {root}. Create one (dotnet new sln) or pass --solution <file>."),
            _ => throw new InvalidOperationException($"Several solutions at {root} ({string.Join(", ", candidates.Select(Path.GetFileName))}). Choose one with --solution <file>."),
        };
    }
}
