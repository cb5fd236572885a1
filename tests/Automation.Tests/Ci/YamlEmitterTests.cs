using Automation.Ci.Yaml;
using YamlDotNet.RepresentationModel;

namespace Automation.Tests.Ci;

public sealed class YamlEmitterTests
{
    public static TheoryData<string> Strings =>
    [
        "plain", "yes", "on", "No", "null", "~", "true", "123", "1.5", "0x1F", "*.csproj", "**/global.json", "a: b", "#x", "x #y", "key:",
        "-dash", "it's", "", " leading", "trailing ", "${{ matrix.image }}", @".\build.cmd", "two\nlines\n", "two\nlines", "tab\there", "[x]", "{x}",
        "\"quoted\"", "@at", "%pct", "!tag", "|pipe", ">fold",
    ];

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_string_reads_back_as_the_same_string(string value)
    {
        var yaml = YamlEmitter.Write(new YamlMap { ["key"] = value, ["list"] = new[] { value } }, []);

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var scalar = (YamlScalarNode)root["key"];

        Assert.Equal(value, scalar.Value);
        Assert.Equal(value, ((YamlScalarNode)((YamlSequenceNode)root["list"]).Children[0]).Value);
    }

    // Words a YAML 1.1 reader (older CI parsers) would turn into booleans, null or numbers stay strings.
    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("0")]
    [InlineData("1.5")]
    public void Words_that_read_as_other_types_are_quoted(string value) =>
        Assert.Equal($"key: '{value}'\n", YamlEmitter.Write(new YamlMap { ["key"] = value }, []));

    [Fact]
    public void Nested_maps_and_sequences_use_two_space_block_style()
    {
        var yaml = YamlEmitter.Write(
            new YamlMap
            {
                ["jobs"] = new YamlMap { ["a"] = new YamlMap { ["steps"] = new[] { new YamlMap { ["uses"] = "x", ["with"] = new YamlMap { ["count"] = 0 } } } } },
                ["empty"] = new YamlMap(),
                ["none"] = Array.Empty<string>(),
                ["nothing"] = null,
            },
            ["header"]);

        Assert.Equal("# header\n\njobs:\n  a:\n    steps:\n      - uses: x\n        with:\n          count: 0\nempty: {}\nnone: []\nnothing:\n", yaml);
    }
}
