using YamlDotNet.RepresentationModel;

namespace Automation.Versioning.Configuration;

/// <summary>Merges the user's <c>branches:</c> over the workflow's and resolves <c>is-source-branch-for</c>.</summary>
internal static class ConfigurationMerger
{
    public static VersioningConfiguration MergeBranches(VersioningConfiguration configuration, YamlMappingNode branches, YamlValues read, List<string> warnings)
    {
        var merged = configuration.Branches.ToList();
        foreach (var (keyNode, value) in branches.Children)
        {
            var name = read.Text(keyNode, "branches");
            var overrides = BranchConfigurationReader.Read(read.Map(value, name), read, warnings, $"branches.{name}.");
            var index = merged.FindIndex(pair => pair.Key == name);
            if (index >= 0)
            {
                merged[index] = KeyValuePair.Create(name, merged[index].Value.OverriddenBy(overrides));
            }
            else if (string.IsNullOrEmpty(overrides.Regex))
            {
                throw new VersioningException($"{read.Where(keyNode)}: branch configuration '{name}' is new, so it needs a 'regex'.");
            }
            else
            {
                var unknown = merged.FindIndex(pair => pair.Key == VersioningConfiguration.UnknownBranchKey);
                merged.Insert(unknown >= 0 ? unknown : merged.Count, KeyValuePair.Create(name, overrides with { SourceBranches = overrides.SourceBranches ?? [] }));
            }
        }

        return configuration with { Branches = merged };
    }

    /// <summary>Adds every <c>is-source-branch-for</c> entry to the named configurations' source branches.</summary>
    public static VersioningConfiguration LinkSourceBranches(VersioningConfiguration configuration, List<string> warnings, string file)
    {
        var branches = configuration.Branches.ToList();
        var names = branches.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, branch) in configuration.Branches)
        {
            foreach (var target in branch.IsSourceBranchFor ?? [])
            {
                var index = branches.FindIndex(pair => pair.Key == target);
                if (index < 0)
                {
                    warnings.Add($"{file}: branches.{name}.is-source-branch-for names '{target}', which is not a branch configuration.");
                    continue;
                }

                var sources = branches[index].Value.SourceBranches ?? [];
                if (!sources.Contains(name))
                {
                    branches[index] = KeyValuePair.Create(target, branches[index].Value with { SourceBranches = [.. sources, name] });
                }
            }

            foreach (var source in (branch.SourceBranches ?? []).Where(source => !names.Contains(source)))
            {
                warnings.Add($"{file}: branches.{name}.source-branches names '{source}', which is not a branch configuration.");
            }
        }

        return configuration with { Branches = branches };
    }
}
