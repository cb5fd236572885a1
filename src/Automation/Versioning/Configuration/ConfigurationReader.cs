using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Automation.Versioning.Configuration;

/// <summary>
/// Reads <c>GitVersion.yml</c> over the chosen workflow's defaults. Unknown keys become warnings naming them; keys
/// GitVersion has but this engine does not use become warnings too; malformed YAML is a <see cref="VersioningException"/>
/// with the line.
/// </summary>
internal static class ConfigurationReader
{
    private static readonly HashSet<string> NotSupported = new(StringComparer.Ordinal)
    {
        "custom-version-format", "update-build-number",
    };

    /// <summary>Parses the file's text. An empty file is the GitFlow/v1 defaults.</summary>
    public static ConfigurationLoadResult Parse(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            var detail = exception.InnerException?.Message ?? exception.Message;
            throw new VersioningException($"{file} is not valid YAML: line {exception.Start.Line}, column {exception.Start.Column}: {detail}");
        }

        var read = new YamlValues(file);
        var warnings = new List<string>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ConfigurationLoadResult(WorkflowDefaults.For(WorkflowDefaults.GitFlow)!, warnings, file);
        }

        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new VersioningException($"{read.Where(stream.Documents[0].RootNode)}: the configuration must be a mapping of keys to values.");
        var configuration = Base(root, read);
        var rootBranch = new BranchConfiguration();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = read.Text(keyNode, "key");
            if (key == "branches")
            {
                configuration = ConfigurationMerger.MergeBranches(configuration, read.Map(value, key), read, warnings);
            }
            else if (key == "ignore")
            {
                configuration = configuration with { Ignore = IgnoreConfigurationReader.Read(value, read, warnings) };
            }
            else if (!ApplyGlobal(ref configuration, key, value, read) && !BranchConfigurationReader.TryApply(ref rootBranch, key, value, read, warnings, string.Empty))
            {
                warnings.Add(NotSupported.Contains(key)
                    ? $"{read.Where(keyNode)}: '{key}' is a GitVersion setting this engine does not support; it is ignored."
                    : BranchConfigurationReader.Unknown(read, keyNode, key));
            }
        }

        configuration = configuration with { Root = configuration.Root.OverriddenBy(rootBranch) };
        return new ConfigurationLoadResult(ConfigurationMerger.LinkSourceBranches(configuration, warnings, file), warnings, file);
    }

    private static VersioningConfiguration Base(YamlMappingNode root, YamlValues read)
    {
        var workflowNode = root.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "workflow" }).Value;
        var workflow = workflowNode is null ? WorkflowDefaults.GitFlow : read.Text(workflowNode, "workflow");
        return WorkflowDefaults.For(workflow)
            ?? throw new VersioningException($"{read.Where(workflowNode!)}: workflow '{workflow}' is not supported; use {WorkflowDefaults.GitFlow}, {WorkflowDefaults.GitHubFlow} or {WorkflowDefaults.TrunkBased}.");
    }

    private static bool ApplyGlobal(ref VersioningConfiguration c, string key, YamlNode value, YamlValues read)
    {
        switch (key)
        {
            case "workflow": return true;
            case "next-version": c = c with { NextVersion = read.String(value, key) }; return true;
            case "tag-prefix" or "label-prefix": c = c with { TagPrefix = read.Text(value, key) }; return true;
            case "version-in-branch-pattern": c = c with { VersionInBranchPattern = read.Text(value, key) }; return true;
            case "major-version-bump-message": c = c with { MajorVersionBumpMessage = read.Text(value, key) }; return true;
            case "minor-version-bump-message": c = c with { MinorVersionBumpMessage = read.Text(value, key) }; return true;
            case "patch-version-bump-message": c = c with { PatchVersionBumpMessage = read.Text(value, key) }; return true;
            case "no-bump-message": c = c with { NoBumpMessage = read.Text(value, key) }; return true;
            case "tag-pre-release-weight": c = c with { TagPreReleaseWeight = read.Int(value, key) }; return true;
            case "commit-date-format": c = c with { CommitDateFormat = read.Text(value, key) }; return true;
            case "semantic-version-format": c = c with { SemanticVersionFormat = read.Enum<SemanticVersionFormat>(value, key) }; return true;
            case "assembly-versioning-scheme": c = c with { AssemblyVersioningScheme = read.Enum<AssemblyVersioningScheme>(value, key) }; return true;
            case "assembly-file-versioning-scheme": c = c with { AssemblyFileVersioningScheme = read.Enum<AssemblyVersioningScheme>(value, key) }; return true;
            case "assembly-versioning-format": c = c with { AssemblyVersioningFormat = Format(value, key, read) }; return true;
            case "assembly-file-versioning-format": c = c with { AssemblyFileVersioningFormat = Format(value, key, read) }; return true;
            case "assembly-informational-format": c = c with { AssemblyInformationalFormat = Format(value, key, read) }; return true;
            case "strategies": c = c with { Strategies = StrategyNames(value, key, read).Aggregate(VersionStrategies.None, (all, name) => all | Strategy(value, name, read)) }; return true;
            case "merge-message-formats":
                c = c with { MergeMessageFormats = [.. read.Map(value, key).Children.Select(pair => KeyValuePair.Create(read.Text(pair.Key, key), read.Text(pair.Value, key)))] };
                return true;
            default: return false;
        }
    }

    private static VersionFormat? Format(YamlNode value, string key, YamlValues read) =>
        read.String(value, key) is { Length: > 0 } text ? VersionFormat.Parse(key, read.Where(value), text) : null;

    /// <summary>A YAML list, or GitVersion's scalar form <c>strategies: ConfiguredNextVersion, TaggedCommit</c>.</summary>
    private static IEnumerable<string> StrategyNames(YamlNode value, string key, YamlValues read) =>
        value is YamlScalarNode && read.String(value, key) is { } text
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : read.List(value, key);

    private static VersionStrategies Strategy(YamlNode node, string name, YamlValues read)
    {
        const string Names = "Fallback, ConfiguredNextVersion, MergeMessage, TaggedCommit, TrackReleaseBranches, VersionInBranchName, Mainline";
        return Enum.TryParse<VersionStrategies>(name, ignoreCase: true, out var strategy) && strategy is not VersionStrategies.None and not VersionStrategies.All && Enum.IsDefined(strategy)
            ? strategy
            : throw new VersioningException($"{read.Where(node)}: 'strategies' lists '{name}', which is not a version strategy; list some of {Names}.");
    }
}
