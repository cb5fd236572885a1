using Automation.Ci;
using YamlDotNet.RepresentationModel;

namespace Automation.Tests.Ci;

/// <summary>Reading generated CI files in tests: a file of a build's output, parsed, and values found by key path.</summary>
internal static class WorkflowYaml
{
    public static string Content(object build, string path) => Assert.Single(CiFiles.Generate(build), f => f.RelativePath == path).Content;

    public static YamlMappingNode Parse(string content)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(content));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    public static YamlNode At(YamlNode node, params string[] path) => path.Aggregate(node, (current, key) => ((YamlMappingNode)current)[key]);

    public static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    public static List<string> Texts(YamlNode node, params string[] path) => ((YamlSequenceNode)At(node, path)).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    public static List<YamlMappingNode> Items(YamlNode node, params string[] path) => ((YamlSequenceNode)At(node, path)).Children.Cast<YamlMappingNode>().ToList();
}
