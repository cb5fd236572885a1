using System.Text.RegularExpressions;

namespace Automation.Versioning.Configuration;

/// <summary>
/// Resolves a branch's pre-release label: every <c>{Group}</c> placeholder in <c>label</c> is replaced by that named
/// group of the branch regex matched against the branch name, with characters other than letters, digits and
/// <c>-</c> turned into <c>-</c> (<c>feature/my_thing</c> → <c>my-thing</c>).
/// </summary>
internal static class BranchLabel
{
    private static readonly Regex Invalid = new("[^a-zA-Z0-9-]", RegexOptions.CultureInvariant);

    public static string? For(EffectiveConfiguration configuration, string branchName, string? branchNameOverride = null)
    {
        var label = configuration.Label;
        if (label is null)
        {
            return null;
        }

        var name = branchNameOverride ?? branchName;
        if (string.IsNullOrWhiteSpace(configuration.Regex) || name.Length == 0 || !label.Contains('{', StringComparison.Ordinal))
        {
            return WithNumber(label, configuration.Branch.LabelNumberPattern, name);
        }

        var regex = new Regex(configuration.Regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var match = regex.Match(name);
        if (!match.Success)
        {
            return WithNumber(label, configuration.Branch.LabelNumberPattern, name);
        }

        foreach (var group in regex.GetGroupNames())
        {
            label = label.Replace("{" + group + "}", Invalid.Replace(match.Groups[group].Value, "-"), StringComparison.Ordinal);
        }

        return WithNumber(label, configuration.Branch.LabelNumberPattern, name);
    }

    /// <summary><c>label-number-pattern</c>: fills a <c>{Number}</c> the branch regex left in the label with the pattern's <c>Number</c> group.</summary>
    private static string WithNumber(string label, string? pattern, string branchName)
    {
        if (pattern is null || branchName.Length == 0 || !label.Contains("{Number}", StringComparison.Ordinal))
        {
            return label;
        }

        var match = Regex.Match(branchName, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? label.Replace("{Number}", Invalid.Replace(match.Groups["Number"].Value, "-"), StringComparison.Ordinal) : label;
    }
}
