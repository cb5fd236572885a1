using Automation.Core;
using Automation.Parameters;
using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

public sealed class ParameterFileTests : IDisposable
{
    private readonly TestRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private ParameterFile Load(string content, string name = "parameters.json")
    {
        _repo.WriteFile(".nuke/" + name, content);
        var root = AbsolutePath.Create(_repo.Root);
        return ParameterFile.Load(root / ".nuke" / name, root);
    }

    private IReadOnlyList<string> Values(string content, string key) => Load(content).Values[key].Value.Values;

    [Fact]
    public void Keys_are_normalized_and_remembered_as_written()
    {
        var file = Load("""{ "NuGet-Api_Key": "k" }""");

        var (key, value) = file.Values["nugetapikey"];
        Assert.Equal("NuGet-Api_Key", key);
        Assert.Equal(["k"], value.Values);
        Assert.Equal(".nuke/parameters.json", value.Source);
        Assert.Equal(_repo.Root, value.BaseDirectory);
    }

    [Fact]
    public void Keys_starting_with_a_dollar_are_ignored() => Assert.Equal(["a"], Load("""{ "$schema": "x", "A": 1 }""").Values.Keys);

    [Fact]
    public void Comments_and_trailing_commas_are_allowed() => Assert.Equal(["1"], Values("{\n  // the count\n  \"Count\": 1,\n}", "count"));

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("42", "42")]
    [InlineData("1.50", "1.50")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void Scalars_become_their_text(string json, string expected) => Assert.Equal([expected], Values($$"""{ "V": {{json}} }""", "v"));

    [Fact]
    public void Arrays_become_several_values_and_null_none()
    {
        Assert.Equal(["a", "1", "true"], Values("""{ "V": ["a", 1, true] }""", "v"));
        Assert.Empty(Values("""{ "V": null }""", "v"));
    }

    [Fact]
    public void A_nested_object_is_a_configuration_section_not_a_parameter_value()
    {
        var file = Load("""{ "V": { "a": 1 }, "W": 2 }""");

        Assert.Equal(["w"], file.Values.Keys);
        Assert.Equal(1, file.File.LineOf("V:a"));
    }

    [Fact]
    public void An_object_in_an_array_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<UsageException>(() => Load("""{ "V": [{ "a": 1 }] }"""));

        Assert.Equal(".nuke/parameters.json: the value of 'V' holds an object in an array; a parameter value is a string, number, boolean, null or an array of these.", error.Message);
    }

    [Theory]
    [InlineData("{\n  \"A\": 1\n  \"B\": 2\n}", 3)]
    [InlineData("{ \"A\": 1, }}", 1)]
    [InlineData("{\n\n\n\n  \"A\": tru\n}", 5)]
    public void Invalid_json_is_an_error_with_the_file_and_line(string content, int line)
    {
        var error = Assert.Throws<UsageException>(() => Load(content, "parameters.ci.json"));

        Assert.StartsWith($".nuke/parameters.ci.json is not valid JSON (line {line}): ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Fix the file or remove it.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_above_the_size_limit_is_refused_before_it_is_read()
    {
        var error = Assert.Throws<UsageException>(() => Load("{ \"A\": \"" + new string('x', (int)ParameterFile.MaxBytes) + "\" }"));

        Assert.StartsWith(".nuke/parameters.json is 1024 KB, more than a configuration file may be (1024 KB)", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Check that it is the right file, and move anything that is not a setting elsewhere.", error.Message, StringComparison.Ordinal);
    }
}
