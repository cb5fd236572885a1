namespace Automation.Versioning.Strategies.Mainline;

/// <summary>Branch names as GitVersion compares them: with or without the <c>origin/</c> of a remote-tracking branch.</summary>
internal static class MainlineNames
{
    private const string Origin = "origin/";

    public static string WithoutRemote(string name) => name.StartsWith(Origin, StringComparison.Ordinal) ? name[Origin.Length..] : name;

    /// <summary>Whether a merged branch's name names <paramref name="branch"/>.</summary>
    public static bool Equivalent(string merged, string branch) => WithoutRemote(merged) == WithoutRemote(branch);
}
